package io.coterie.chaincode.farmshare;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage of the farm shares account {@code 0x…100f}, as the equivalent Solidity contract lays it
 * out:
 *
 * <pre>
 * slot 0: mapping(uint256 seasonId => Season) seasons, season s at keccak256(pad32(id) . pad32(0)):
 *   s+0  address farm                     0 = no such season
 *   s+1  uint256 shares                   offered (N)
 *   s+2  uint256 sold                     held by members now (refunds subtract)
 *   s+3  uint256 programId                points are program programId's token 0x…2000 + id
 *   s+4  uint256 pricePerShare
 *   s+5  uint64  seasonStart              block timestamp, seconds
 *   s+6  string  name
 *   s+7  uint64[] plannedAt               delivery i planned at keccak256(s+7) + i
 *   s+8  mapping(uint256 index => bytes32 lotId)       0 = not delivered yet
 *   s+9  mapping(uint256 index => uint64 deliveredAt)
 *   s+10 mapping(address member => uint256 shares)
 * </pre>
 */
public final class FarmShareLayout {
  private FarmShareLayout() {}

  /** The farm shares precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100f);

  public static final Word SEASONS_SLOT = Word.of(0);

  static final int FARM = 0;
  static final int SHARES = 1;
  static final int SOLD = 2;
  static final int PROGRAM = 3;
  static final int PRICE = 4;
  static final int START = 5;
  static final int NAME = 6;
  static final int PLANNED = 7;
  static final int LOTS = 8;
  static final int DELIVERED_AT = 9;
  static final int MEMBER_SHARES = 10;

  /** Slot {@code field} of season {@code seasonId}'s record. */
  public static Word field(BigInteger seasonId, int field) {
    return StorageSlots.mapping(SEASONS_SLOT, seasonId).plus(field);
  }

  /** The planned date of delivery {@code index}. */
  public static Word plannedAt(BigInteger seasonId, long index) {
    return StorageSlots.arrayElement(field(seasonId, PLANNED), index);
  }

  /** The lot bound to delivery {@code index}. */
  public static Word lot(BigInteger seasonId, long index) {
    return StorageSlots.mapping(field(seasonId, LOTS), BigInteger.valueOf(index));
  }

  /** When delivery {@code index} was recorded. */
  public static Word deliveredAt(BigInteger seasonId, long index) {
    return StorageSlots.mapping(field(seasonId, DELIVERED_AT), BigInteger.valueOf(index));
  }

  /** The shares {@code member} holds in season {@code seasonId}. */
  public static Word memberShares(BigInteger seasonId, ChainAddress member) {
    return StorageSlots.mapping(field(seasonId, MEMBER_SHARES), member);
  }
}
