package io.coterie.chaincode.membership;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint8;

/** The brand's functions on its collection: minting, tiers, airdrops and the base URI. */
final class CardAdminHandlers {
  private CardAdminHandlers() {}

  /** Most cards one airdrop call mints (about 250k gas each), so one call fits in a block. */
  static final int MAX_AIRDROP = 50;

  private static final BigInteger ALL = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  static CallResult owner(Collection c, CalldataReader args) {
    return CallResult.success(encode(address(c.state().brand())));
  }

  static CallResult soulbound(Collection c, CalldataReader args) {
    return CallResult.success(encode(bool(c.state().soulbound())));
  }

  static CallResult tierOf(Collection c, CalldataReader args) {
    BigInteger tokenId = args.uint256(0);
    Collection.Owned owned = c.requireOwned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    return CallResult.success(encode(new Uint8(c.state().tierOf(tokenId))));
  }

  static CallResult mint(Collection c, CalldataReader args) {
    ChainAddress to = args.address(0);
    int tier = args.uint8(1);
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    if (to.equals(ChainAddress.ZERO)) {
      return MembershipErrors.ERC721_INVALID_RECEIVER.revert(address(to));
    }
    Optional<CallResult> refused = MemberCards.refusal(c.ctx(), c.state(), to);
    if (refused.isPresent()) {
      return refused.get();
    }
    return CallResult.success(encode(uint256(c.state().mint(to, tier))));
  }

  static CallResult setTier(Collection c, CalldataReader args) {
    BigInteger tokenId = args.uint256(0);
    int tier = args.uint8(1);
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    Collection.Owned owned = c.requireOwned(tokenId);
    if (!owned.exists()) {
      return owned.nonexistent();
    }
    int previous = c.state().setTier(tokenId, tier);
    emit(
        c,
        MembershipEvents.TIER_CHANGED.topics(Word.of(tokenId)),
        MembershipEvents.TIER_CHANGED.data(new Uint8(previous), new Uint8(tier)));
    return CallResult.success();
  }

  static CallResult setBaseUri(Collection c, CalldataReader args) {
    String baseUri =
        (String) args.decode(List.of(new TypeReference<Utf8String>() {})).get(0).getValue();
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    c.state().setBaseUri(baseUri);
    emit(
        c,
        MembershipEvents.BASE_URI_CHANGED.topics(),
        MembershipEvents.BASE_URI_CHANGED.data(AbiValues.string(baseUri)));
    return CallResult.success();
  }

  /**
   * Mints one card of {@code tier} to each listed address, in list order, skipping addresses that
   * already hold a card of this collection (so a repeated address gets one card). Returns the
   * number minted.
   */
  @SuppressWarnings("unchecked")
  static CallResult airdrop(Collection c, CalldataReader args) {
    List<Type> decoded =
        args.decode(
            List.of(new TypeReference<DynamicArray<Address>>() {}, new TypeReference<Uint8>() {}));
    int tier = args.uint8(1);
    List<ChainAddress> recipients = new ArrayList<>();
    for (Address a : ((DynamicArray<Address>) decoded.get(0)).getValue()) {
      recipients.add(ChainAddress.of(a.toUint().getValue()));
    }
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    if (recipients.size() > MAX_AIRDROP) {
      return MembershipErrors.AIRDROP_TOO_LARGE.revert(
          uint256(recipients.size()), uint256(MAX_AIRDROP));
    }
    if (recipients.contains(ChainAddress.ZERO)) {
      return MembershipErrors.ERC721_INVALID_RECEIVER.revert(address(ChainAddress.ZERO));
    }
    return mintToNewHolders(c, recipients, tier);
  }

  /** Airdrops to the owners of every card of {@code sourceCollection}, in token index order. */
  static CallResult airdropToHolders(Collection c, CalldataReader args) {
    BigInteger source = args.uint256(0);
    int tier = args.uint8(1);
    return airdropToHolders(c, source, tier, BigInteger.ZERO, ALL);
  }

  /**
   * As {@link #airdropToHolders}, for source token indexes {@code [fromIndex, fromIndex+count)}.
   */
  static CallResult airdropToHoldersRange(Collection c, CalldataReader args) {
    BigInteger source = args.uint256(0);
    int tier = args.uint8(1);
    return airdropToHolders(c, source, tier, args.uint256(2), args.uint256(3));
  }

  private static CallResult airdropToHolders(
      Collection c, BigInteger source, int tier, BigInteger fromIndex, BigInteger count) {
    Optional<CallResult> denied = c.requireBrand();
    if (denied.isPresent()) {
      return denied.get();
    }
    if (source.compareTo(BigInteger.valueOf(MembershipAddresses.MAX_COLLECTIONS)) >= 0
        || !c.other(source.longValueExact()).exists()) {
      return MembershipErrors.UNKNOWN_COLLECTION.revert(uint256(source));
    }
    CollectionState from = c.other(source.longValueExact());
    BigInteger supply = BigInteger.valueOf(from.totalSupply());
    BigInteger start = fromIndex.min(supply);
    BigInteger end = start.add(count).min(supply);
    BigInteger selected = end.subtract(start);
    if (selected.compareTo(BigInteger.valueOf(MAX_AIRDROP)) > 0) {
      return MembershipErrors.AIRDROP_TOO_LARGE.revert(uint256(selected), uint256(MAX_AIRDROP));
    }
    List<ChainAddress> holders = new ArrayList<>();
    for (long i = start.longValueExact(); i < end.longValueExact(); i++) {
      holders.add(from.ownerOf(from.tokenByIndex(i)));
    }
    return mintToNewHolders(c, holders, tier);
  }

  /** Mints to each recipient holding no card yet; in a member collection all must be members. */
  private static CallResult mintToNewHolders(
      Collection c, List<ChainAddress> recipients, int tier) {
    long minted = 0;
    for (ChainAddress to : recipients) {
      if (c.state().balanceOf(to) == 0) {
        Optional<CallResult> refused = MemberCards.refusal(c.ctx(), c.state(), to);
        if (refused.isPresent()) {
          return refused.get();
        }
        c.state().mint(to, tier);
        minted++;
      }
    }
    return CallResult.success(encode(uint256(minted)));
  }

  private static void emit(Collection c, List<Word> topics, byte[] data) {
    MeteredState.of(c.ctx()).emit(topics, data);
  }
}
