package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.consensus.qbft.port.QbftTimer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** QBFT's timers on one daemon scheduler thread; the actions only queue events. */
public final class ScheduledQbftTimer implements QbftTimer, AutoCloseable {
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "qbft-timer");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public Scheduled schedule(long delayMillis, Runnable action) {
    ScheduledFuture<?> future =
        scheduler.schedule(action, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }

  /** For the node's other periodic chores (transaction gossip batches, catch-up checks). */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
