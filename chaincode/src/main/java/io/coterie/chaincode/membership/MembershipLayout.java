package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage slots of the membership accounts, laid out as the equivalent Solidity contracts would lay
 * them out, so {@code eth_getStorageAt}/{@code eth_getProof} can verify any card or vote.
 *
 * <p>Registry account {@code 0x…1002}:
 *
 * <pre>
 * slot 0: uint256 collectionCount
 * slot 1: mapping(uint256 id => address owner)            keccak256(pad32(id) . 1)
 * slot 2: uint256[] memberCollections                      length at 2, id i at keccak256(2) + i
 * </pre>
 *
 * <p>Collection account {@code 0x…3000 + id}: OpenZeppelin v5 {@code ERC721} + {@code
 * ERC721Enumerable} + {@code Votes} (non-upgradeable order), then the Coterie fields:
 *
 * <pre>
 * slot 0:  string name                                     (Solidity string encoding)
 * slot 1:  string symbol
 * slot 2:  mapping(uint256 tokenId => address) owners
 * slot 3:  mapping(address => uint256) balances
 * slot 4:  mapping(uint256 tokenId => address) tokenApprovals
 * slot 5:  mapping(address owner => mapping(address operator => bool)) operatorApprovals
 * slot 6:  mapping(address owner => mapping(uint256 index => uint256 tokenId)) ownedTokens
 * slot 7:  mapping(uint256 tokenId => uint256 index) ownedTokensIndex
 * slot 8:  uint256[] allTokens                              length at 8, item i at keccak256(8) + i
 * slot 9:  mapping(uint256 tokenId => uint256 index) allTokensIndex
 * slot 10: mapping(address account => address) delegatee
 * slot 11: mapping(address delegatee => Checkpoint208[]) delegateCheckpoints
 *          length at C = keccak256(pad32(a) . 11), checkpoint i at keccak256(C) + i
 * slot 12: Checkpoint208[] totalCheckpoints                 length at 12, item i at keccak256(12) + i
 *          Checkpoint208 packs (uint48 blockNumber, uint208 votes): votes &lt;&lt; 48 | blockNumber
 * slot 13: address owner                                   owner(): its creator until transferred
 * slot 14: bool soulbound
 * slot 15: string baseURI
 * slot 16: uint256 lastTokenId                             token ids are 1, 2, 3, ...
 * slot 17: mapping(uint256 tokenId => uint8) tier
 * slot 18: mapping(address => bool) delegationChosen        set by delegate(): no auto self-delegation
 * slot 19: uint256 dropCount
 * slot 20: mapping(uint256 dropId => Drop) drops, base D = keccak256(pad32(dropId) . 20):
 *          D + 0: uint64 memberOpensAt | uint64 publicOpensAt &lt;&lt; 64
 *          D + 1: uint256 supply
 *          D + 2: uint256 sales                            serials handed out (1, 2, ...)
 *          D + 3: uint256 itemCollection                   where the items are minted
 *          D + 4: uint256 programId                        the points the price is paid in
 *          D + 5: uint256 price
 *          D + 6: address payee                            the owner when the drop was created
 *          D + 7: uint256 refunded                         sales refunded (items back in stock)
 * slot 21: mapping(uint256 dropId => mapping(address buyer => uint256 serial)) purchases (serial 1..)
 * slot 22: address pendingOwner                            Ownable2Step
 * slot 23: mapping(address => uint256) nonces              delegateBySig (OZ Nonces)
 * slot 24: bool memberBound                                cards only for MEMBER_ROLE holders
 * slot 25: mapping(uint256 dropId => mapping(address buyer => uint256 itemTokenId)) items
 * </pre>
 */
public final class MembershipLayout {
  private MembershipLayout() {}

  public static final Word COLLECTION_COUNT_SLOT = Word.of(0);
  public static final Word COLLECTION_BRAND_SLOT = Word.of(1);

  public static final Word NAME_SLOT = Word.of(0);
  public static final Word SYMBOL_SLOT = Word.of(1);
  public static final Word OWNERS_SLOT = Word.of(2);
  public static final Word BALANCES_SLOT = Word.of(3);
  public static final Word TOKEN_APPROVALS_SLOT = Word.of(4);
  public static final Word OPERATOR_APPROVALS_SLOT = Word.of(5);
  public static final Word OWNED_TOKENS_SLOT = Word.of(6);
  public static final Word OWNED_TOKENS_INDEX_SLOT = Word.of(7);
  public static final Word ALL_TOKENS_SLOT = Word.of(8);
  public static final Word ALL_TOKENS_INDEX_SLOT = Word.of(9);
  public static final Word DELEGATEE_SLOT = Word.of(10);
  public static final Word DELEGATE_CHECKPOINTS_SLOT = Word.of(11);
  public static final Word TOTAL_CHECKPOINTS_SLOT = Word.of(12);
  public static final Word BRAND_SLOT = Word.of(13);
  public static final Word SOULBOUND_SLOT = Word.of(14);
  public static final Word BASE_URI_SLOT = Word.of(15);
  public static final Word LAST_TOKEN_ID_SLOT = Word.of(16);
  public static final Word TIER_SLOT = Word.of(17);
  public static final Word DELEGATION_CHOSEN_SLOT = Word.of(18);
  public static final Word DROP_COUNT_SLOT = Word.of(19);
  public static final Word DROPS_SLOT = Word.of(20);
  public static final Word PURCHASES_SLOT = Word.of(21);
  public static final Word PENDING_OWNER_SLOT = Word.of(22);
  public static final Word NONCES_SLOT = Word.of(23);
  public static final Word MEMBER_BOUND_SLOT = Word.of(24);
  public static final Word ITEMS_SLOT = Word.of(25);

  /** Registry slot 2: the ids of member collections, in creation order. */
  public static final Word MEMBER_COLLECTIONS_SLOT = Word.of(2);

  public static Word memberCollection(long index) {
    return StorageSlots.arrayElement(MEMBER_COLLECTIONS_SLOT, index);
  }

  public static Word nonce(ChainAddress account) {
    return StorageSlots.mapping(NONCES_SLOT, account);
  }

  public static Word item(BigInteger dropId, ChainAddress buyer) {
    return StorageSlots.nestedMapping(ITEMS_SLOT, Word.of(dropId), Word.of(buyer));
  }

  public static Word collectionBrand(BigInteger id) {
    return StorageSlots.mapping(COLLECTION_BRAND_SLOT, id);
  }

  public static Word owner(BigInteger tokenId) {
    return StorageSlots.mapping(OWNERS_SLOT, tokenId);
  }

  public static Word balance(ChainAddress account) {
    return StorageSlots.mapping(BALANCES_SLOT, account);
  }

  public static Word tokenApproval(BigInteger tokenId) {
    return StorageSlots.mapping(TOKEN_APPROVALS_SLOT, tokenId);
  }

  public static Word operatorApproval(ChainAddress owner, ChainAddress operator) {
    return StorageSlots.nestedMapping(OPERATOR_APPROVALS_SLOT, Word.of(owner), Word.of(operator));
  }

  public static Word ownedToken(ChainAddress owner, BigInteger index) {
    return StorageSlots.nestedMapping(OWNED_TOKENS_SLOT, Word.of(owner), Word.of(index));
  }

  public static Word ownedTokenIndex(BigInteger tokenId) {
    return StorageSlots.mapping(OWNED_TOKENS_INDEX_SLOT, tokenId);
  }

  public static Word allToken(BigInteger index) {
    return StorageSlots.arrayElement(ALL_TOKENS_SLOT, index, 1);
  }

  public static Word allTokenIndex(BigInteger tokenId) {
    return StorageSlots.mapping(ALL_TOKENS_INDEX_SLOT, tokenId);
  }

  public static Word delegatee(ChainAddress account) {
    return StorageSlots.mapping(DELEGATEE_SLOT, account);
  }

  /** The length slot of {@code delegatee}'s checkpoint array. */
  public static Word delegateCheckpoints(ChainAddress delegatee) {
    return StorageSlots.mapping(DELEGATE_CHECKPOINTS_SLOT, delegatee);
  }

  /** Checkpoint {@code index} of the array whose length is at {@code arraySlot}. */
  public static Word checkpoint(Word arraySlot, long index) {
    return StorageSlots.arrayElement(arraySlot, index);
  }

  public static Word tier(BigInteger tokenId) {
    return StorageSlots.mapping(TIER_SLOT, tokenId);
  }

  public static Word delegationChosen(ChainAddress account) {
    return StorageSlots.mapping(DELEGATION_CHOSEN_SLOT, account);
  }

  /** Base slot of drop {@code dropId}; fields at +0 to +7 as above. */
  public static Word drop(BigInteger dropId) {
    return StorageSlots.mapping(DROPS_SLOT, dropId);
  }

  public static Word purchase(BigInteger dropId, ChainAddress buyer) {
    return StorageSlots.nestedMapping(PURCHASES_SLOT, Word.of(dropId), Word.of(buyer));
  }
}
