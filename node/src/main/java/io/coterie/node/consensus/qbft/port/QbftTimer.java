package io.coterie.node.consensus.qbft.port;

/**
 * Runs an action after a delay on some timer thread. The algorithm's actions only put an event on
 * its own queue, so they are short and thread-safe.
 */
public interface QbftTimer {
  Scheduled schedule(long delayMillis, Runnable action);

  /** A pending action. Cancelling one that already ran does nothing. */
  interface Scheduled {
    void cancel();
  }
}
