package io.coterie.chaincode.share;

import io.coterie.chaincode.abi.SolidityEvent;

/** Events of profit sharing: every opening, claim and reclaim, for auditors. */
public final class ProfitSharingEvents {
  private ProfitSharingEvents() {}

  /**
   * {@code RoundOpened(uint256 indexed roundId, address indexed funder, uint256 indexed programId,
   * uint256 amount, uint8 source, uint256 sourceId, uint64 snapshotBlock, uint64 expiryBlock,
   * uint256 totalWeight)}.
   */
  public static final SolidityEvent ROUND_OPENED =
      new SolidityEvent(
          "RoundOpened(uint256,address,uint256,uint256,uint8,uint256,uint64,uint64,uint256)");

  /** {@code ShareClaimed(uint256 indexed roundId, address indexed member, uint256 amount)}. */
  public static final SolidityEvent SHARE_CLAIMED =
      new SolidityEvent("ShareClaimed(uint256,address,uint256)");

  /** {@code RoundReclaimed(uint256 indexed roundId, address indexed funder, uint256 amount)}. */
  public static final SolidityEvent ROUND_RECLAIMED =
      new SolidityEvent("RoundReclaimed(uint256,address,uint256)");
}
