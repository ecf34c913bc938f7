package io.coterie.genesis.spec;

/**
 * QBFT timing. All durations are in milliseconds so that sub-second block periods can be expressed.
 *
 * <p>{@code emptyBlockPeriodMillis} is how often a block is produced when the pool has no
 * transactions; set it equal to {@code blockPeriodMillis} to produce empty blocks at the normal
 * pace. The round timeout starts at {@code requestTimeoutMillis}, doubles with each round and is
 * capped at {@code maxRoundTimeoutMillis}.
 */
public record QbftParameters(
    long blockPeriodMillis,
    long requestTimeoutMillis,
    long epochLength,
    long emptyBlockPeriodMillis,
    long maxRoundTimeoutMillis) {

  public static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 4_000;
  public static final long DEFAULT_EPOCH_LENGTH = 30_000;
  public static final long DEFAULT_MAX_ROUND_TIMEOUT_MILLIS = 60_000;

  /** Besu's defaults, with the given block period, and empty blocks at the block period. */
  public static QbftParameters withBlockPeriod(long blockPeriodMillis) {
    return new QbftParameters(
        blockPeriodMillis,
        Math.max(DEFAULT_REQUEST_TIMEOUT_MILLIS, 2 * blockPeriodMillis),
        DEFAULT_EPOCH_LENGTH,
        blockPeriodMillis,
        DEFAULT_MAX_ROUND_TIMEOUT_MILLIS);
  }

  public boolean createsEmptyBlocksAtBlockPeriod() {
    return emptyBlockPeriodMillis == blockPeriodMillis;
  }
}
