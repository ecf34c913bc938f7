package io.coterie.chaincode.editions;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage of the editions account {@code 0x…100c}, as the equivalent Solidity contract lays it out:
 *
 * <pre>
 * slot 0: uint256 editionCount                        edition ids are 1..editionCount
 * slot 1: mapping(uint256 id => Edition) editions     Edition at keccak256(pad32(id) . pad32(1)):
 *           +0 address brand  +1 uint256 maxSupply  +2 uint256 minted  +3 string uri
 * slot 2: mapping(uint256 id => mapping(address account => uint256)) balances   (as OZ's ERC1155)
 * slot 3: mapping(address account => mapping(address operator => bool)) operatorApprovals
 * </pre>
 */
public final class EditionsLayout {
  private EditionsLayout() {}

  /** The editions precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100c);

  public static final Word COUNT_SLOT = Word.of(0);
  public static final Word EDITIONS_SLOT = Word.of(1);
  public static final Word BALANCES_SLOT = Word.of(2);
  public static final Word OPERATORS_SLOT = Word.of(3);

  static final int BRAND = 0;
  static final int MAX_SUPPLY = 1;
  static final int MINTED = 2;
  static final int URI = 3;

  public static Word edition(BigInteger id, int field) {
    return StorageSlots.mapping(EDITIONS_SLOT, id).plus(field);
  }

  public static Word balance(BigInteger id, ChainAddress account) {
    return StorageSlots.nestedMapping(BALANCES_SLOT, Word.of(id), Word.of(account));
  }

  public static Word operator(ChainAddress account, ChainAddress operator) {
    return StorageSlots.nestedMapping(OPERATORS_SLOT, Word.of(account), Word.of(operator));
  }
}
