package io.coterie.node.p2p.protocol;

/**
 * How many received transactions may wait for the pool: per peer and in all. What does not fit is
 * dropped and counted, and the peer is reported ({@link Offence#FLOOD}, at most once a second), so
 * one that floods for long is disconnected while a burst only loses its excess.
 */
public record TransactionBudget(int pendingPerPeer, int pendingTotal) {
  /** Generous against a validator relaying thousands a second, as the benchmarks do. */
  public static final TransactionBudget DEFAULTS = new TransactionBudget(16_384, 65_536);

  public TransactionBudget {
    if (pendingPerPeer < 1 || pendingTotal < pendingPerPeer) {
      throw new IllegalArgumentException(
          "transaction budget needs 1 <= per peer <= total, got "
              + pendingPerPeer
              + " and "
              + pendingTotal);
    }
  }
}
