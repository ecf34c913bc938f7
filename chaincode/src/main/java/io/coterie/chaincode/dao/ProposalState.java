package io.coterie.chaincode.dao;

import java.math.BigInteger;

/**
 * OZ {@code IGovernor.ProposalState}, in OZ's order: the ordinal is the {@code uint8} returned by
 * {@code state(uint256)}. {@link #QUEUED} occurs once a proposal is queued in the timelock (see
 * {@link TimelockCalls}); {@link #EXPIRED} never occurs, but keeps its number so clients decode
 * every state the same way.
 */
public enum ProposalState {
  PENDING,
  ACTIVE,
  CANCELED,
  DEFEATED,
  SUCCEEDED,
  QUEUED,
  EXPIRED,
  EXECUTED;

  /** The {@code uint8} the ABI carries. */
  public int code() {
    return ordinal();
  }

  /** OZ's {@code _encodeStateBitmap}: bit {@code code()} set in a {@code bytes32}. */
  public BigInteger bit() {
    return BigInteger.ONE.shiftLeft(ordinal());
  }

  /** The bitmap of {@code states}, as OZ's {@code GovernorUnexpectedProposalState} reports it. */
  public static BigInteger bitmap(ProposalState... states) {
    BigInteger map = BigInteger.ZERO;
    for (ProposalState s : states) {
      map = map.or(s.bit());
    }
    return map;
  }

  /** Every state except {@code excluded}, as a bitmap. */
  public static BigInteger allBut(ProposalState... excluded) {
    BigInteger all = BigInteger.ONE.shiftLeft(values().length).subtract(BigInteger.ONE);
    return all.andNot(bitmap(excluded));
  }
}
