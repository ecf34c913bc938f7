package io.coterie.node.network;

import io.coterie.node.crypto.KeyFiles;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Transfers from a {@link ProcessNetwork}'s administrator over JSON-RPC, up to {@link #WINDOW} in
 * flight, each tick to the next running node. A transfer goes again (the same signed bytes) until a
 * node's committed nonce passes it, so a node killed with it in its pool does not stall the
 * account; {@link #receipted()} is every transfer some node has committed.
 */
final class ProcessLoad implements AutoCloseable {
  private static final int WINDOW = 4;

  private final ProcessNetwork net;
  private final TransactionSigner admin;
  private final String adminAddress;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final TreeMap<Long, Transaction> inFlight = new TreeMap<>();
  private final Set<String> receipted = ConcurrentHashMap.newKeySet();
  private long nextNonce;
  private int turn;

  private ProcessLoad(ProcessNetwork net) {
    this.net = net;
    this.admin = new TransactionSigner(KeyFiles.read(net.adminKey()), ProcessNetwork.CHAIN_ID);
    this.adminAddress = admin.address().toString();
  }

  static ProcessLoad start(ProcessNetwork net) {
    ProcessLoad load = new ProcessLoad(net);
    load.timer.scheduleWithFixedDelay(load::tick, 0, 200, TimeUnit.MILLISECONDS);
    return load;
  }

  private void tick() {
    List<Integer> running = net.running();
    if (running.isEmpty()) {
      return;
    }
    int target = running.get(turn++ % running.size());
    try {
      long committed =
          Long.decode(
              net.result(target, "eth_getTransactionCount", adminAddress, "latest").textValue());
      Map<Long, Transaction> done = inFlight.headMap(committed);
      done.values().forEach(tx -> receipted.add(tx.hash().toString()));
      done.clear();
      while (inFlight.size() < WINDOW) {
        inFlight.put(nextNonce, transfer(nextNonce));
        nextNonce++;
      }
      for (Transaction tx : inFlight.values()) {
        // "already known" and "nonce too low" answers are expected for a resend.
        net.call(target, "eth_sendRawTransaction", Bytes.toHex(TransactionCodec.encode(tx)));
      }
    } catch (RuntimeException | AssertionError e) {
      // The target is dead or still starting; the next tick picks another.
    }
  }

  private Transaction transfer(long nonce) {
    return admin.dynamicFee(
        nonce,
        BigInteger.ZERO,
        BigInteger.ZERO,
        21_000,
        Destination.call(Address.of(0xbeef)),
        BigInteger.ONE,
        Bytes.EMPTY,
        List.of());
  }

  Set<String> receipted() {
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
