package io.coterie.node.consensus.qbft.statemachine;

/**
 * When a height's round-0 block is due, and when its round-0 proposal was made or first seen: the
 * next height's period counts from that moment.
 */
final class BlockPeriod {
  private final long startedAtMillis;
  private final QbftConfig config;
  private long proposalAtMillis = -1;

  BlockPeriod(long nowMillis, long previousProposalAtMillis, QbftConfig config) {
    this.startedAtMillis = start(nowMillis, previousProposalAtMillis, config.blockPeriodMillis());
    this.config = config;
  }

  /**
   * The block period counts from when the parent was proposed, not from when it was imported, so
   * building and importing a large block does not stretch every cycle; it never starts more than
   * one period in the past (a slow parent makes the next block due at once, not early) nor before
   * the parent's proposal.
   */
  static long start(long now, long previousProposalAt, long blockPeriodMillis) {
    if (previousProposalAt < 0) {
      return now;
    }
    return Math.min(now, Math.max(previousProposalAt, now - blockPeriodMillis));
  }

  long dueAtMillis() {
    return startedAtMillis + config.blockPeriodMillis();
  }

  /** Until then the proposer waits for transactions rather than propose an empty block. */
  long emptyBlockAllowedAtMillis() {
    return startedAtMillis + config.emptyBlockPeriodMillis();
  }

  void proposalSeen(long atMillis) {
    if (proposalAtMillis < 0) {
      proposalAtMillis = atMillis;
    }
  }

  /** When round 0's proposal was made or first seen; -1 if none was. */
  long proposalAtMillis() {
    return proposalAtMillis;
  }
}
