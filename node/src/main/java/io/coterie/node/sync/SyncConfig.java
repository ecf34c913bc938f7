package io.coterie.node.sync;

import java.time.Duration;

/**
 * Sync settings. {@code windowBlocks} bounds memory: at most that many headers (and one request's
 * bodies) are held before their blocks are imported. A peer that served invalid data is not asked
 * again for {@code invalidPeerBackoff}; one that timed out or lacked blocks for {@code
 * slowPeerBackoff}.
 */
public record SyncConfig(
    int windowBlocks,
    Duration pollInterval,
    Duration slowPeerBackoff,
    Duration invalidPeerBackoff) {
  public SyncConfig {
    if (windowBlocks < 1) {
      throw new IllegalArgumentException(
          "sync window must be at least 1 block, got " + windowBlocks);
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException(
          "sync poll interval must be positive, got " + pollInterval);
    }
  }

  public static SyncConfig defaults() {
    return new SyncConfig(
        192, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(10));
  }

  public SyncConfig withWindow(int blocks) {
    return new SyncConfig(blocks, pollInterval, slowPeerBackoff, invalidPeerBackoff);
  }

  public SyncConfig withPollInterval(Duration interval) {
    return new SyncConfig(windowBlocks, interval, slowPeerBackoff, invalidPeerBackoff);
  }
}
