package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;

/**
 * Storage slots of the registry account {@code 0x…1001}, as the equivalent Solidity contract would
 * lay them out:
 *
 * <pre>
 * slot 0: uint256 programCount
 * slot 1: mapping(uint256 id => Program) programs, base P = keccak256(pad32(id) . 1)
 *         P+0   address brand               (non-zero exactly when the program exists)
 *         P+1   string name                 (Solidity string encoding, see abi.StringStorage)
 *         P+2   string symbol
 *         P+3   uint8 decimals | bool transferable &lt;&lt; 8 | uint64 validity &lt;&lt; 16
 *               | bool votes &lt;&lt; 80                                          (packed, low first)
 *         P+4   uint256 shopDailyCap        (0 = no cap)
 *         P+5   uint256 maxBalance          (0 = no cap)
 *         P+6   uint256[] tierThresholds    (length at P+6, element i at keccak256(P+6) + i)
 *         P+7.. P+10  uint256[4] behaviourRewards (referral, review, share, content)
 *         P+11  uint256 consentReward       (points for a granted consent; 0 = not rewarded)
 *         P+12  address pendingOwner        (Ownable2Step; brand at P+0 is the owner)
 * slot 2: mapping(uint256 id => mapping(address shop => bool)) authorised
 *         keccak256(pad32(shop) . keccak256(pad32(id) . 2))        1 = authorised
 * slot 3: mapping(uint256 from => mapping(uint256 to => Rate{numerator, denominator})) rates
 *         R = keccak256(pad32(to) . keccak256(pad32(from) . 3)); numerator at R, denominator at R+1
 * </pre>
 */
public final class RegistryLayout {
  private RegistryLayout() {}

  public static final Word PROGRAM_COUNT = Word.of(0);
  public static final Word PROGRAMS = Word.of(1);
  public static final Word AUTHORISED = Word.of(2);
  public static final Word RATES = Word.of(3);

  public static Word program(long id) {
    return StorageSlots.mapping(PROGRAMS, Word.of(id));
  }

  public static Word brand(long id) {
    return program(id);
  }

  public static Word name(long id) {
    return program(id).plus(1);
  }

  public static Word symbol(long id) {
    return program(id).plus(2);
  }

  public static Word packedFlags(long id) {
    return program(id).plus(3);
  }

  public static Word shopDailyCap(long id) {
    return program(id).plus(4);
  }

  public static Word maxBalance(long id) {
    return program(id).plus(5);
  }

  public static Word tierCount(long id) {
    return program(id).plus(6);
  }

  public static Word tierThreshold(long id, int index) {
    return StorageSlots.arrayElement(tierCount(id), index);
  }

  public static Word behaviourReward(long id, int kind) {
    return program(id).plus(7 + kind);
  }

  public static Word consentReward(long id) {
    return program(id).plus(11);
  }

  public static Word pendingOwner(long id) {
    return program(id).plus(12);
  }

  public static Word authorised(long id, ChainAddress shop) {
    return StorageSlots.nestedMapping(AUTHORISED, Word.of(id), Word.of(shop));
  }

  public static Word rateNumerator(long from, long to) {
    return StorageSlots.nestedMapping(RATES, Word.of(from), Word.of(to));
  }

  public static Word rateDenominator(long from, long to) {
    return rateNumerator(from, to).plus(1);
  }
}
