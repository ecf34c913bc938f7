package io.coterie.node.consensus.qbft.statemachine;

/**
 * QBFT timing, in milliseconds. The round timeout of round r is {@code requestTimeoutMillis * 2^r},
 * capped at {@code maxRoundTimeoutMillis}, so a network that lost quorum for a while still tries
 * again at least every cap once it returns.
 */
public record QbftConfig(
    long blockPeriodMillis,
    long requestTimeoutMillis,
    long emptyBlockPeriodMillis,
    long maxRoundTimeoutMillis) {
  public QbftConfig {
    if (blockPeriodMillis < 1 || requestTimeoutMillis < 1) {
      throw new IllegalArgumentException(
          "block period and request timeout must be positive, got "
              + blockPeriodMillis
              + " and "
              + requestTimeoutMillis);
    }
    if (emptyBlockPeriodMillis < blockPeriodMillis) {
      throw new IllegalArgumentException(
          "the empty-block period "
              + emptyBlockPeriodMillis
              + " ms must not be shorter than the block period "
              + blockPeriodMillis
              + " ms");
    }
    if (maxRoundTimeoutMillis < requestTimeoutMillis) {
      throw new IllegalArgumentException(
          "the maximum round timeout must be at least the request timeout");
    }
  }

  public long roundTimeoutMillis(int round) {
    if (round >= 62 || requestTimeoutMillis << round >>> round != requestTimeoutMillis) {
      return maxRoundTimeoutMillis;
    }
    return Math.min(requestTimeoutMillis << round, maxRoundTimeoutMillis);
  }

  /** How much longer than the block period a proposer may wait for a transaction. */
  long emptyBlockDelayMillis() {
    return emptyBlockPeriodMillis - blockPeriodMillis;
  }
}
