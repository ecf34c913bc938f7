package io.coterie.node.p2p.protocol;

import io.coterie.node.p2p.rlpx.DisconnectReason;

/**
 * Misbehaviour a sub-protocol reports of a peer ({@link PeerLink#penalise}). Each adds points to
 * the peer's score, which fades by one point a second; at {@link #LIMIT} the peer is disconnected
 * with the offence's reason and may not reconnect for a while. Offences no honest peer commits
 * reach the limit at once; the others must repeat.
 */
public enum Offence {
  /** Bytes that do not decode, or a signature that does not verify. */
  MALFORMED(100, DisconnectReason.PROTOCOL_BREACH),
  /** A message the peer may not send, such as consensus messages from a non-validator. */
  UNAUTHORISED(100, DisconnectReason.SUBPROTOCOL_ERROR),
  /** A signed claim its own contents refute (a bad certificate or justification): twice. */
  INVALID(50, DisconnectReason.SUBPROTOCOL_ERROR),
  /** Two conflicting messages where one is allowed (equivocation): three times. */
  CONFLICTING(34, DisconnectReason.SUBPROTOCOL_ERROR),
  /**
   * Over its message budget. Reported at most once a second, so a peer must flood for some ten
   * seconds on end before it goes; a burst only loses what did not fit.
   */
  FLOOD(10, DisconnectReason.SUBPROTOCOL_ERROR);

  /** The score at which a peer is disconnected. */
  public static final int LIMIT = 100;

  private final int points;
  private final DisconnectReason reason;

  Offence(int points, DisconnectReason reason) {
    this.points = points;
    this.reason = reason;
  }

  public int points() {
    return points;
  }

  public DisconnectReason disconnectReason() {
    return reason;
  }
}
