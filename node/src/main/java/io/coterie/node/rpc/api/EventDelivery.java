package io.coterie.node.rpc.api;

import io.coterie.node.chain.ChainListener;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds filters and subscriptions off the block-import path: the importer (and the pool) only put
 * the event on a bounded queue, and one delivery thread hands it on in order. When subscribers
 * cannot keep up and the queue is full, the oldest event is dropped and counted, so no client ever
 * slows the import that consensus commits on. The thread stops after a second without events and
 * starts again with the next, so the node needs no extra lifecycle step for it.
 */
final class EventDelivery {
  static final int QUEUE_CAPACITY = 4_096;

  private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);

  private final AtomicLong dropped = new AtomicLong();
  private final ThreadPoolExecutor thread;

  EventDelivery() {
    thread =
        new ThreadPoolExecutor(
            1,
            1,
            1,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            runnable -> {
              Thread t = new Thread(runnable, "rpc-event-delivery");
              t.setDaemon(true);
              return t;
            },
            (runnable, executor) -> dropOldest(runnable, executor));
    thread.allowCoreThreadTimeOut(true);
  }

  /** {@code target} called on the delivery thread. */
  ChainListener chainListener(ChainListener target) {
    return (Block block, Hash blockHash, List<Receipt> receipts) ->
        thread.execute(() -> deliver(() -> target.onBlockImported(block, blockHash, receipts)));
  }

  /** {@code target} called on the delivery thread. */
  Consumer<Transaction> pendingListener(Consumer<Transaction> target) {
    return tx -> thread.execute(() -> deliver(() -> target.accept(tx)));
  }

  /** Events dropped because the queue was full. */
  long dropped() {
    return dropped.get();
  }

  private static void deliver(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("Delivering a chain event to filters and subscriptions failed", e);
    }
  }

  private void dropOldest(Runnable runnable, ThreadPoolExecutor executor) {
    if (executor.isShutdown()) {
      return;
    }
    executor.getQueue().poll();
    long count = dropped.incrementAndGet();
    if (count % 1_000 == 1) {
      LOG.warn(
          "Subscribers and filters fall behind the chain; dropped oldest events dropped={}"
              + " queueCapacity={}",
          count,
          QUEUE_CAPACITY);
    }
    executor.execute(runnable);
  }
}
