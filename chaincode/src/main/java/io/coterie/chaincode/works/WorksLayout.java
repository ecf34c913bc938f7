package io.coterie.chaincode.works;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage of the creators' works account {@code 0x…100b}, as the equivalent Solidity contract lays
 * it out:
 *
 * <pre>
 * slot 0: uint256 workCount                          token ids are 1..workCount
 * slot 1: mapping(uint256 tokenId => Work) works     Work at keccak256(pad32(tokenId) . pad32(1)):
 *           +0 address owner   +1 address creator   +2 uint256 royaltyBps   +3 bytes32 contentHash
 *           +4 string uri      +5 address approved  +6 uint256 uses (paid uses so far)
 * slot 2: mapping(address => uint256) balances
 * slot 3: mapping(address owner => mapping(address operator => bool)) operatorApprovals
 * slot 4: mapping(bytes32 contentHash => uint256 tokenId) tokenOfContent   0 = not minted
 * slot 5: mapping(uint256 tokenId => Listing) listings   Listing at keccak256(pad32(tokenId) . pad32(5)):
 *           +0 address seller  +1 address buyer (0 = anyone)  +2 uint256 programId  +3 uint256 price
 *           (price 0 = not listed)
 * </pre>
 */
public final class WorksLayout {
  private WorksLayout() {}

  /** The creators' works precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100b);

  public static final Word COUNT_SLOT = Word.of(0);
  public static final Word WORKS_SLOT = Word.of(1);
  public static final Word BALANCES_SLOT = Word.of(2);
  public static final Word OPERATORS_SLOT = Word.of(3);
  public static final Word CONTENT_SLOT = Word.of(4);
  public static final Word LISTINGS_SLOT = Word.of(5);

  static final int OWNER = 0;
  static final int CREATOR = 1;
  static final int ROYALTY_BPS = 2;
  static final int CONTENT_HASH = 3;
  static final int URI = 4;
  static final int APPROVED = 5;
  static final int USES = 6;

  static final int SELLER = 0;
  static final int BUYER = 1;
  static final int PROGRAM = 2;
  static final int PRICE = 3;

  /** Field {@code field} of work {@code tokenId}. */
  public static Word work(BigInteger tokenId, int field) {
    return StorageSlots.mapping(WORKS_SLOT, tokenId).plus(field);
  }

  public static Word balance(ChainAddress owner) {
    return StorageSlots.mapping(BALANCES_SLOT, owner);
  }

  public static Word operator(ChainAddress owner, ChainAddress operator) {
    return StorageSlots.nestedMapping(OPERATORS_SLOT, Word.of(owner), Word.of(operator));
  }

  public static Word tokenOfContent(Word contentHash) {
    return StorageSlots.mapping(CONTENT_SLOT, contentHash);
  }

  /** Field {@code field} of the listing of {@code tokenId}. */
  public static Word listing(BigInteger tokenId, int field) {
    return StorageSlots.mapping(LISTINGS_SLOT, tokenId).plus(field);
  }
}
