package io.coterie.node.p2p.protocol;

import io.coterie.node.types.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Received transactions on their way to the pool, handled on a thread of their own so that sender
 * recovery and pool checks never run on (and never stall) the network threads. Each peer has its
 * own queue, bounded by the {@link TransactionBudget}, and the thread takes a slice from each peer
 * with work in turn, so a peer that floods delays only its own transactions.
 */
final class TransactionIntake implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionIntake.class);

  /** Transactions handled per turn of one peer. */
  static final int SLICE = 256;

  private static final long FLOOD_REPORT_NANOS = 1_000_000_000L;

  private final BiConsumer<GossipPeer, List<Transaction>> handler;
  private final TransactionBudget budget;
  private final BlockingQueue<GossipPeer> ready = new LinkedBlockingQueue<>();
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong handled = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  /** One peer's waiting transactions. */
  static final class Inbound {
    private final Queue<List<Transaction>> slices = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long floodReportedAtNanos = System.nanoTime() - FLOOD_REPORT_NANOS;
  }

  /** {@code handler} runs on the intake thread with each slice of a peer's transactions. */
  TransactionIntake(BiConsumer<GossipPeer, List<Transaction>> handler, TransactionBudget budget) {
    this.handler = handler;
    this.budget = budget;
    this.thread = new Thread(this::run, "p2p-transactions");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Network thread: queues what fits the budget, drops (and reports) the rest. */
  void submit(GossipPeer from, List<Transaction> txs) {
    Inbound inbound = from.inbound;
    int room =
        Math.max(
            0,
            Math.min(
                budget.pendingPerPeer() - inbound.pending.get(),
                budget.pendingTotal() - total.get()));
    List<Transaction> taken = txs;
    if (room < txs.size()) {
      dropped.addAndGet(txs.size() - room);
      reportFlood(from, txs.size() - room);
      taken = txs.subList(0, room);
    }
    if (taken.isEmpty()) {
      return;
    }
    inbound.pending.addAndGet(taken.size());
    total.addAndGet(taken.size());
    for (int start = 0; start < taken.size(); start += SLICE) {
      inbound.slices.add(
          new ArrayList<>(taken.subList(start, Math.min(taken.size(), start + SLICE))));
    }
    if (inbound.scheduled.compareAndSet(false, true)) {
      ready.add(from);
    }
  }

  private void reportFlood(GossipPeer from, int droppedNow) {
    long now = System.nanoTime();
    if (now - from.inbound.floodReportedAtNanos >= FLOOD_REPORT_NANOS) {
      from.inbound.floodReportedAtNanos = now;
      from.link.penalise(
          Offence.FLOOD,
          "dropped "
              + droppedNow
              + " transactions over the budget of "
              + budget.pendingPerPeer()
              + " waiting per peer");
    }
  }

  private void run() {
    while (running) {
      GossipPeer peer;
      try {
        peer = ready.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (peer != null) {
        turn(peer);
      }
    }
  }

  private void turn(GossipPeer peer) {
    Inbound inbound = peer.inbound;
    List<Transaction> slice = inbound.slices.poll();
    if (slice != null) {
      try {
        handler.accept(peer, slice);
      } catch (RuntimeException e) {
        LOG.warn("Handling received transactions failed count={}", slice.size(), e);
      }
      inbound.pending.addAndGet(-slice.size());
      total.addAndGet(-slice.size());
      handled.addAndGet(slice.size());
    }
    if (!inbound.slices.isEmpty()) {
      ready.add(peer); // to the back: every peer with work gets its turn
      return;
    }
    inbound.scheduled.set(false);
    if (!inbound.slices.isEmpty() && inbound.scheduled.compareAndSet(false, true)) {
      ready.add(peer);
    }
  }

  /** Transactions dropped over the budget. */
  long dropped() {
    return dropped.get();
  }

  /** Transactions handed to the handler. */
  long handled() {
    return handled.get();
  }

  /** Transactions waiting now. */
  int waiting() {
    return total.get();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
