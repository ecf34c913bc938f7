package io.coterie.node.network;

import io.coterie.node.app.Node;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Transfers from dev accounts 0–9, one in flight per account, each sent to a running node in turn.
 * A transfer is sent again (the same signed bytes) until some node holds its receipt, so a node
 * stopped with it in its pool does not stall its account; {@link #receipted()} is every transfer
 * any node has shown a receipt for.
 */
final class SteadyLoad implements AutoCloseable {
  private static final int ACCOUNTS = 10;

  private final LocalValidatorNetwork net;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final Transaction[] inFlight = new Transaction[ACCOUNTS];
  private final long[] nonces = new long[ACCOUNTS];
  private final Set<Hash> receipted = ConcurrentHashMap.newKeySet();
  private int turn;

  private SteadyLoad(LocalValidatorNetwork net) {
    this.net = net;
  }

  static SteadyLoad start(LocalValidatorNetwork net) {
    SteadyLoad load = new SteadyLoad(net);
    load.timer.scheduleWithFixedDelay(load::tick, 0, 50, TimeUnit.MILLISECONDS);
    return load;
  }

  /**
   * Holds the network's lock, which {@code stop} and {@code start} take, so a tick never sees a
   * node half stopped or half started.
   */
  private void tick() {
    synchronized (net) {
      tickLocked();
    }
  }

  private void tickLocked() {
    List<Node> running = net.running();
    if (running.isEmpty()) {
      return;
    }
    for (int a = 0; a < ACCOUNTS; a++) {
      Node target = running.get(turn++ % running.size());
      try {
        Transaction tx = inFlight[a];
        if (tx != null && anyHasReceipt(running, tx.hash())) {
          receipted.add(tx.hash());
          tx = null;
        }
        if (tx == null) {
          tx =
              DevKeys.call(
                  DevKeys.account(a),
                  nonces[a]++,
                  DevKeys.address((a + 1) % ACCOUNTS),
                  BigInteger.ONE,
                  Bytes.EMPTY,
                  21_000);
          inFlight[a] = tx;
        }
        target.pool().add(tx);
      } catch (RuntimeException e) {
        // The target closed under us (a restart in progress); the next tick picks another.
      }
    }
  }

  private static boolean anyHasReceipt(List<Node> nodes, Hash tx) {
    return nodes.stream().anyMatch(n -> n.chain().transactionLocation(tx).isPresent());
  }

  Set<Hash> receipted() {
    return Set.copyOf(receipted);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
