package io.coterie.node.rpc.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RPC workers: a fixed set of threads that serve request bodies fairly. Each connection is a
 * {@link Lane} whose bodies run one at a time and in order; lanes are grouped by remote address.
 * Workers take turns round-robin over the addresses that have work, then over that address's lanes,
 * and a body runs in {@link Slice slices}: a batch yields its worker after a few milliseconds and
 * goes to the back of the line. So a host with a queue of heavy batches shares the workers with
 * everyone else instead of making a cheap call wait behind all of it.
 *
 * <p>Bounded: an address may have {@code maxPerAddress} bodies queued or running and the node
 * {@code maxQueued}; over either, {@link Lane#submit} refuses with the reason, and the transport
 * answers 429 / -32005.
 */
final class FairScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FairScheduler.class);

  /** A body's work, run a slice at a time. */
  interface Slice {
    /** Does some of the work; true when there is more, so the worker may serve someone else. */
    boolean run();

    /** The lane was closed (the connection went away) before the work finished. */
    default void abandon() {}
  }

  private final int maxPerAddress;
  private final int maxQueued;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition workAvailable = lock.newCondition();
  private final ArrayDeque<Address> ready = new ArrayDeque<>();
  private final Map<String, Address> addresses = new HashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private int queued;
  private boolean closed;

  FairScheduler(int threads, int maxPerAddress, int maxQueued) {
    this.maxPerAddress = maxPerAddress;
    this.maxQueued = maxQueued;
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(this::work, "rpc-worker-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** A new connection's lane, in the group of its remote address. */
  Lane lane(String remoteAddress) {
    lock.lock();
    try {
      Address address = addresses.computeIfAbsent(remoteAddress, Address::new);
      address.lanes++;
      return new Lane(address);
    } finally {
      lock.unlock();
    }
  }

  /** Bodies queued or running, of all addresses. */
  int queued() {
    lock.lock();
    try {
      return queued;
    } finally {
      lock.unlock();
    }
  }

  /** One remote address: its lanes that have work, in turn. */
  private static final class Address {
    final String name;
    final ArrayDeque<Lane> readyLanes = new ArrayDeque<>();
    int lanes;
    int pending;
    boolean inRing;

    Address(String name) {
      this.name = name;
    }
  }

  /** One connection's bodies, served one at a time in arrival order. */
  final class Lane {
    private final Address address;
    private final ArrayDeque<Slice> work = new ArrayDeque<>();
    private boolean running;
    private boolean inRing;
    private boolean closed;

    private Lane(Address address) {
      this.address = address;
    }

    /** Queues a body; empty when accepted, else why not (the client should slow down). */
    Optional<String> submit(Slice slice) {
      lock.lock();
      try {
        if (closed || FairScheduler.this.closed) {
          return Optional.of("the connection is closing");
        }
        if (address.pending >= maxPerAddress) {
          return Optional.of(
              address.name
                  + " has "
                  + address.pending
                  + " requests queued or running, the limit per address"
                  + " (--rpc-max-queued-requests-per-ip); wait for answers before sending more");
        }
        if (queued >= maxQueued) {
          return Optional.of(
              "the node has "
                  + queued
                  + " requests queued or running, its limit (--rpc-max-queued-requests); slow"
                  + " down and retry after a second");
        }
        work.addLast(slice);
        address.pending++;
        queued++;
        if (!running) {
          makeReady(this);
        }
        return Optional.empty();
      } finally {
        lock.unlock();
      }
    }

    /**
     * Drops the lane's queued bodies at once; the one running finishes its slice first and is
     * dropped after it.
     */
    void close() {
      List<Slice> dropped = new ArrayList<>();
      lock.lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
        address.lanes--;
        if (inRing) {
          address.readyLanes.remove(this);
          inRing = false;
          if (address.readyLanes.isEmpty() && address.inRing) {
            ready.remove(address);
            address.inRing = false;
          }
        }
        dropped.addAll(running ? dropAllButHead() : drop());
        forgetIfUnused(address);
      } finally {
        lock.unlock();
      }
      dropped.forEach(Slice::abandon);
    }

    private List<Slice> dropAllButHead() {
      Slice head = work.pollFirst();
      List<Slice> dropped = drop();
      work.addFirst(head);
      return dropped;
    }

    private List<Slice> drop() {
      List<Slice> dropped = new ArrayList<>(work);
      address.pending -= work.size();
      queued -= work.size();
      work.clear();
      return dropped;
    }
  }

  private void makeReady(Lane lane) {
    if (lane.inRing || lane.closed || lane.work.isEmpty()) {
      return;
    }
    lane.inRing = true;
    lane.address.readyLanes.addLast(lane);
    if (!lane.address.inRing) {
      lane.address.inRing = true;
      ready.addLast(lane.address);
      workAvailable.signal();
    }
  }

  private void forgetIfUnused(Address address) {
    if (address.lanes == 0 && address.pending == 0) {
      addresses.remove(address.name, address);
    }
  }

  private void work() {
    while (true) {
      Lane lane;
      Slice slice;
      lock.lock();
      try {
        while (ready.isEmpty() && !closed) {
          workAvailable.awaitUninterruptibly();
        }
        if (closed) {
          return;
        }
        Address address = ready.pollFirst();
        address.inRing = false;
        lane = address.readyLanes.pollFirst();
        lane.inRing = false;
        if (!address.readyLanes.isEmpty()) {
          // Another lane of this address waits: wake an idle worker for it, or one client host's
          // connections (a load generator's, a shop back-end's) run on one worker at a time.
          address.inRing = true;
          ready.addLast(address);
          workAvailable.signal();
        }
        lane.running = true;
        slice = lane.work.peekFirst();
      } finally {
        lock.unlock();
      }
      boolean more = runSafely(slice);
      List<Slice> dropped = List.of();
      lock.lock();
      try {
        lane.running = false;
        if (!more) {
          lane.work.pollFirst();
          lane.address.pending--;
          queued--;
        }
        if (lane.closed) {
          dropped = lane.drop();
          forgetIfUnused(lane.address);
        } else {
          makeReady(lane);
        }
      } finally {
        lock.unlock();
      }
      dropped.forEach(Slice::abandon);
    }
  }

  private static boolean runSafely(Slice slice) {
    try {
      return slice.run();
    } catch (RuntimeException | Error e) {
      LOG.error("RPC work failed", e);
      return false;
    }
  }

  /** Stops the workers after their current slice; queued work is dropped. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      workAvailable.signalAll();
    } finally {
      lock.unlock();
    }
    for (Thread worker : workers) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
