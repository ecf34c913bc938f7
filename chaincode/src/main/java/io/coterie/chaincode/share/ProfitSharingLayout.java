package io.coterie.chaincode.share;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage of the profit-sharing account {@code 0x…100a}, as the equivalent Solidity contract lays
 * it out:
 *
 * <pre>
 * slot 0: uint256 roundCount                              round ids are 1 .. roundCount
 * slot 1: mapping(uint256 roundId => Round) rounds        R = keccak256(pad32(roundId) . pad32(1))
 *         R+0 funder | R+1 programId | R+2 amount | R+3 sourceId
 *         R+4 source (uint8) | snapshotBlock &lt;&lt; 8 | expiryBlock &lt;&lt; 72 | reclaimed &lt;&lt; 136
 *         R+5 totalWeight | R+6 claimedTotal
 * slot 2: mapping(uint256 roundId => mapping(address => uint256)) listedWeight   (LISTED rounds)
 * slot 3: mapping(uint256 roundId => mapping(address => uint256)) claimedAmount  (0 = not claimed)
 * </pre>
 */
public final class ProfitSharingLayout {
  private ProfitSharingLayout() {}

  /** The profit-sharing precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100a);

  public static final Word ROUND_COUNT = Word.of(0);
  public static final Word ROUNDS = Word.of(1);
  public static final Word LISTED_WEIGHTS = Word.of(2);
  public static final Word CLAIMED = Word.of(3);

  static final int FUNDER = 0;
  static final int PROGRAM_ID = 1;
  static final int AMOUNT = 2;
  static final int SOURCE_ID = 3;
  static final int PACKED_TERMS = 4;
  static final int TOTAL_WEIGHT = 5;
  static final int CLAIMED_TOTAL = 6;

  /** Field {@code offset} of round {@code roundId}'s struct. */
  public static Word roundField(BigInteger roundId, int offset) {
    return StorageSlots.mapping(ROUNDS, roundId).plus(BigInteger.valueOf(offset));
  }

  public static Word listedWeight(BigInteger roundId, ChainAddress member) {
    return StorageSlots.nestedMapping(LISTED_WEIGHTS, Word.of(roundId), Word.of(member));
  }

  public static Word claimed(BigInteger roundId, ChainAddress member) {
    return StorageSlots.nestedMapping(CLAIMED, Word.of(roundId), Word.of(member));
  }
}
