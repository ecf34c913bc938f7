package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.Nonces;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * One collection's ERC-721 + ERC721Enumerable records at {@link MembershipLayout} slots, kept
 * consistent the way OpenZeppelin v5's {@code _update} keeps them; every ownership change also
 * moves voting units through {@link CardVotes}. Checks belong to the callers: this class assumes
 * its arguments are valid.
 */
final class CollectionState {
  private final AccountSlots slots;
  private final EventLog events;
  private final CardVotes votes;

  CollectionState(AccountSlots slots, EventLog events, long blockNumber) {
    this.slots = slots;
    this.events = events;
    this.votes = new CardVotes(slots, events, blockNumber);
  }

  CardVotes votes() {
    return votes;
  }

  boolean exists() {
    return !slots.load(MembershipLayout.BRAND_SLOT).isZero();
  }

  ChainAddress brand() {
    return slots.load(MembershipLayout.BRAND_SLOT).toAddress();
  }

  boolean soulbound() {
    return !slots.load(MembershipLayout.SOULBOUND_SLOT).isZero();
  }

  String name() {
    return StringStorage.read(slots, MembershipLayout.NAME_SLOT);
  }

  String symbol() {
    return StringStorage.read(slots, MembershipLayout.SYMBOL_SLOT);
  }

  String baseUri() {
    return StringStorage.read(slots, MembershipLayout.BASE_URI_SLOT);
  }

  /** Whether cards go only to MEMBER_ROLE holders, one each, and burn when the role is revoked. */
  boolean memberBound() {
    return !slots.load(MembershipLayout.MEMBER_BOUND_SLOT).isZero();
  }

  /** The owner and its two-step transfer (slots 13 and 22). */
  Ownable2Step ownership() {
    return new Ownable2Step(
        slots, MembershipLayout.BRAND_SLOT, MembershipLayout.PENDING_OWNER_SLOT, events::emit);
  }

  /** delegateBySig's nonces (slot 23). */
  Nonces nonces() {
    return new Nonces(slots, MembershipLayout.NONCES_SLOT);
  }

  void initialise(
      ChainAddress brand,
      String name,
      String symbol,
      String baseUri,
      boolean soulbound,
      boolean memberBound) {
    slots.store(MembershipLayout.BRAND_SLOT, Word.of(brand));
    slots.store(MembershipLayout.SOULBOUND_SLOT, Word.of(soulbound));
    if (memberBound) {
      slots.store(MembershipLayout.MEMBER_BOUND_SLOT, Word.of(true));
    }
    StringStorage.write(slots, MembershipLayout.NAME_SLOT, name);
    StringStorage.write(slots, MembershipLayout.SYMBOL_SLOT, symbol);
    StringStorage.write(slots, MembershipLayout.BASE_URI_SLOT, baseUri);
  }

  void setBaseUri(String baseUri) {
    StringStorage.write(slots, MembershipLayout.BASE_URI_SLOT, baseUri);
  }

  /** The owner of {@code tokenId}, {@link ChainAddress#ZERO} if it does not exist. */
  ChainAddress ownerOf(BigInteger tokenId) {
    return slots.load(MembershipLayout.owner(tokenId)).toAddress();
  }

  long balanceOf(ChainAddress account) {
    return slots.load(MembershipLayout.balance(account)).toBigInteger().longValueExact();
  }

  ChainAddress approved(BigInteger tokenId) {
    return slots.load(MembershipLayout.tokenApproval(tokenId)).toAddress();
  }

  boolean isApprovedForAll(ChainAddress owner, ChainAddress operator) {
    return !slots.load(MembershipLayout.operatorApproval(owner, operator)).isZero();
  }

  long totalSupply() {
    return slots.load(MembershipLayout.ALL_TOKENS_SLOT).toBigInteger().longValueExact();
  }

  BigInteger tokenByIndex(long index) {
    return slots.load(MembershipLayout.allToken(BigInteger.valueOf(index))).toBigInteger();
  }

  BigInteger tokenOfOwnerByIndex(ChainAddress owner, long index) {
    return slots.load(MembershipLayout.ownedToken(owner, BigInteger.valueOf(index))).toBigInteger();
  }

  int tierOf(BigInteger tokenId) {
    return slots.load(MembershipLayout.tier(tokenId)).toBigInteger().intValueExact();
  }

  /** Sets the tier; returns the previous one. */
  int setTier(BigInteger tokenId, int tier) {
    int previous = tierOf(tokenId);
    slots.store(MembershipLayout.tier(tokenId), Word.of(tier));
    return previous;
  }

  void approve(ChainAddress owner, ChainAddress to, BigInteger tokenId) {
    slots.store(MembershipLayout.tokenApproval(tokenId), Word.of(to));
    events.emit(
        MembershipEvents.APPROVAL.topics(Word.of(owner), Word.of(to), Word.of(tokenId)),
        new byte[0]);
  }

  void setApprovalForAll(ChainAddress owner, ChainAddress operator, boolean approved) {
    slots.store(MembershipLayout.operatorApproval(owner, operator), Word.of(approved));
    events.emit(
        MembershipEvents.APPROVAL_FOR_ALL.topics(Word.of(owner), Word.of(operator)),
        MembershipEvents.APPROVAL_FOR_ALL.data(new org.web3j.abi.datatypes.Bool(approved)));
  }

  /** Mints the next token id to {@code to} with {@code tier}; emits Transfer (and Locked). */
  BigInteger mint(ChainAddress to, int tier) {
    BigInteger tokenId =
        slots.load(MembershipLayout.LAST_TOKEN_ID_SLOT).toBigInteger().add(BigInteger.ONE);
    slots.store(MembershipLayout.LAST_TOKEN_ID_SLOT, Word.of(tokenId));
    if (tier != 0) {
      slots.store(MembershipLayout.tier(tokenId), Word.of(tier));
    }
    long index = totalSupply();
    slots.store(MembershipLayout.allToken(BigInteger.valueOf(index)), Word.of(tokenId));
    slots.store(MembershipLayout.allTokenIndex(tokenId), Word.of(index));
    slots.store(MembershipLayout.ALL_TOKENS_SLOT, Word.of(index + 1));
    move(ChainAddress.ZERO, to, tokenId);
    if (soulbound()) {
      events.emit(MembershipEvents.LOCKED.topics(), MembershipEvents.LOCKED.data(uint256(tokenId)));
    }
    return tokenId;
  }

  /** Moves an existing token from its owner {@code from} to {@code to}, clearing its approval. */
  void transfer(ChainAddress from, ChainAddress to, BigInteger tokenId) {
    if (!approved(tokenId).equals(ChainAddress.ZERO)) {
      slots.store(MembershipLayout.tokenApproval(tokenId), Word.ZERO);
    }
    move(from, to, tokenId);
  }

  /**
   * OZ {@code _burn}: removes an existing token from its owner and from both enumerations, clears
   * its approval and tier; emits Transfer(owner, 0, tokenId) and moves its vote out of existence.
   */
  void burn(BigInteger tokenId) {
    ChainAddress from = ownerOf(tokenId);
    if (!approved(tokenId).equals(ChainAddress.ZERO)) {
      slots.store(MembershipLayout.tokenApproval(tokenId), Word.ZERO);
    }
    long fromBalance = balanceOf(from) - 1;
    slots.store(MembershipLayout.balance(from), Word.of(fromBalance));
    removeFromOwner(from, fromBalance, tokenId);
    removeFromAll(tokenId);
    slots.store(MembershipLayout.owner(tokenId), Word.ZERO);
    slots.store(MembershipLayout.tier(tokenId), Word.ZERO);
    events.emit(
        MembershipEvents.TRANSFER.topics(Word.of(from), Word.ZERO, Word.of(tokenId)), new byte[0]);
    votes.onCardMoved(from, ChainAddress.ZERO);
  }

  // OZ's _removeTokenFromAllTokensEnumeration: move the last token into the gap, then pop.
  private void removeFromAll(BigInteger tokenId) {
    long lastIndex = totalSupply() - 1;
    long tokenIndex =
        slots.load(MembershipLayout.allTokenIndex(tokenId)).toBigInteger().longValueExact();
    if (tokenIndex != lastIndex) {
      BigInteger lastTokenId = tokenByIndex(lastIndex);
      slots.store(MembershipLayout.allToken(BigInteger.valueOf(tokenIndex)), Word.of(lastTokenId));
      slots.store(MembershipLayout.allTokenIndex(lastTokenId), Word.of(tokenIndex));
    }
    slots.store(MembershipLayout.allTokenIndex(tokenId), Word.ZERO);
    slots.store(MembershipLayout.allToken(BigInteger.valueOf(lastIndex)), Word.ZERO);
    slots.store(MembershipLayout.ALL_TOKENS_SLOT, Word.of(lastIndex));
  }

  private void move(ChainAddress from, ChainAddress to, BigInteger tokenId) {
    if (!from.equals(ChainAddress.ZERO)) {
      long fromBalance = balanceOf(from) - 1;
      slots.store(MembershipLayout.balance(from), Word.of(fromBalance));
      if (!from.equals(to)) {
        removeFromOwner(from, fromBalance, tokenId);
      }
    }
    long toBalance = balanceOf(to) + 1;
    slots.store(MembershipLayout.balance(to), Word.of(toBalance));
    slots.store(MembershipLayout.owner(tokenId), Word.of(to));
    if (!from.equals(to)) {
      addToOwner(to, toBalance - 1, tokenId);
    }
    events.emit(
        MembershipEvents.TRANSFER.topics(Word.of(from), Word.of(to), Word.of(tokenId)),
        new byte[0]);
    votes.onCardMoved(from, to);
  }

  private void addToOwner(ChainAddress to, long index, BigInteger tokenId) {
    slots.store(MembershipLayout.ownedToken(to, BigInteger.valueOf(index)), Word.of(tokenId));
    slots.store(MembershipLayout.ownedTokenIndex(tokenId), Word.of(index));
  }

  // OZ's _removeTokenFromOwnerEnumeration: move the last token into the gap, then delete the last.
  private void removeFromOwner(ChainAddress from, long lastIndex, BigInteger tokenId) {
    long tokenIndex =
        slots.load(MembershipLayout.ownedTokenIndex(tokenId)).toBigInteger().longValueExact();
    if (tokenIndex != lastIndex) {
      BigInteger lastTokenId = tokenOfOwnerByIndex(from, lastIndex);
      slots.store(
          MembershipLayout.ownedToken(from, BigInteger.valueOf(tokenIndex)), Word.of(lastTokenId));
      slots.store(MembershipLayout.ownedTokenIndex(lastTokenId), Word.of(tokenIndex));
    }
    slots.store(MembershipLayout.ownedTokenIndex(tokenId), Word.ZERO);
    slots.store(MembershipLayout.ownedToken(from, BigInteger.valueOf(lastIndex)), Word.ZERO);
  }
}
