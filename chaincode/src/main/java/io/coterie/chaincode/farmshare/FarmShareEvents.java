package io.coterie.chaincode.farmshare;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** The audit trail of farm shares: one event per offer, subscription, delivery and refund. */
public final class FarmShareEvents {
  private FarmShareEvents() {}

  /**
   * {@code SeasonOffered(uint256 indexed seasonId, address indexed farm, string name, uint256
   * shares, uint256 programId, uint256 pricePerShare, uint64 seasonStart, uint64[] deliveryDates)}.
   */
  public static final SolidityEvent SEASON_OFFERED =
      new SolidityEvent(
          "SeasonOffered(uint256,address,string,uint256,uint256,uint256,uint64,uint64[])");

  /**
   * {@code SharesSubscribed(uint256 indexed seasonId, address indexed member, uint256 shares,
   * uint256 points, uint256 memberShares)}.
   */
  public static final SolidityEvent SHARES_SUBSCRIBED =
      new SolidityEvent("SharesSubscribed(uint256,address,uint256,uint256,uint256)");

  /**
   * {@code DeliveryRecorded(uint256 indexed seasonId, uint256 indexed deliveryIndex, bytes32
   * indexed lotId, uint64 plannedAt)}.
   */
  public static final SolidityEvent DELIVERY_RECORDED =
      new SolidityEvent("DeliveryRecorded(uint256,uint256,bytes32,uint64)");

  /**
   * {@code SharesRefunded(uint256 indexed seasonId, address indexed member, uint256 shares, uint256
   * points)}.
   */
  public static final SolidityEvent SHARES_REFUNDED =
      new SolidityEvent("SharesRefunded(uint256,address,uint256,uint256)");

  public static final List<SolidityEvent> ALL =
      List.of(SEASON_OFFERED, SHARES_SUBSCRIBED, DELIVERY_RECORDED, SHARES_REFUNDED);
}
