package io.coterie.node.consensus.qbft.statemachine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns consensus state. Any thread may {@link #offer} events; the queue is
 * bounded and an event that does not fit is dropped and counted ({@link
 * QbftMetrics#queueOverflow()}), since QBFT recovers from lost messages through round changes. A
 * failure while handling one event is logged and the loop goes on.
 */
public final class QbftEventLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QbftEventLoop.class);
  public static final int DEFAULT_CAPACITY = 4_096;

  private final BlockingQueue<QbftEvent> inbox;
  private final QbftMetrics metrics;
  private final Thread thread;
  private volatile QbftController controller;
  private volatile boolean running = true;

  public QbftEventLoop(int capacity, QbftMetrics metrics) {
    this.inbox = new ArrayBlockingQueue<>(capacity);
    this.metrics = metrics;
    this.thread = new Thread(this::run, "qbft");
    this.thread.setDaemon(true);
  }

  /** Any thread; false when the queue was full and the event was dropped. */
  public boolean offer(QbftEvent event) {
    boolean queued = inbox.offer(event);
    if (!queued) {
      metrics.countQueueOverflow();
    }
    return queued;
  }

  /** Starts the thread, which first starts {@code controller} at the current head. */
  public void start(QbftController controller) {
    this.controller = controller;
    thread.start();
  }

  private void run() {
    try {
      controller.start();
    } catch (RuntimeException e) {
      LOG.error("QBFT failed to start", e);
    }
    while (running) {
      QbftEvent event;
      try {
        event = inbox.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (event == null) {
        continue;
      }
      try {
        controller.handle(event);
      } catch (RuntimeException e) {
        LOG.error("QBFT event failed event={}", event.getClass().getSimpleName(), e);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
