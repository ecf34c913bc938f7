package io.coterie.node.consensus.qbft.port;

/**
 * What a peer did that an honest validator never does, so the network may penalise the peer that
 * sent it. A message for a height or round this node is not at, or for a block this node finds
 * invalid, is not misconduct: an honest validator may be ahead, behind, or see another state.
 */
public enum Misconduct {
  /** Bytes that are not a QBFT message, or a signature or commit seal that does not verify. */
  MALFORMED,
  /**
   * A message its sender may not send: not signed by a validator of the height, not signed by the
   * peer that sent it, or a proposal from a validator that is not the round's proposer.
   */
  UNAUTHORISED,
  /** A signed claim that its own contents refute: a bad certificate, justification or header. */
  INVALID,
  /** Two different messages from one validator where it may send one (equivocation). */
  CONFLICTING,
  /**
   * A message for another height from a peer that is not a validator of the one being decided. A
   * validator voted in or out by a block one side has not imported yet sends a few; more than a few
   * is a flood, so each counts a little.
   */
  UNEXPECTED
}
