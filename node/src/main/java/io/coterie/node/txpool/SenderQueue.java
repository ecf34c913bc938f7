package io.coterie.node.txpool;

import io.coterie.node.types.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One sender's transactions by nonce. The pending run is {@code [stateNonce, nextNonce)}, every
 * nonce present; the rest are queued behind a gap at {@code nextNonce}. No key is below {@code
 * stateNonce}. Not thread-safe: the pool's lock guards it.
 */
final class SenderQueue {
  private final TreeMap<Long, PooledTx> byNonce = new TreeMap<>();
  private long stateNonce;
  private long pendingEnd;

  SenderQueue(long stateNonce) {
    this.stateNonce = stateNonce;
    this.pendingEnd = stateNonce;
  }

  long stateNonce() {
    return stateNonce;
  }

  /** The nonce the sender's next transaction should use. */
  long nextNonce() {
    return pendingEnd;
  }

  int size() {
    return byNonce.size();
  }

  int pendingCount() {
    return (int) (pendingEnd - stateNonce);
  }

  int queuedCount() {
    return size() - pendingCount();
  }

  boolean isEmpty() {
    return byNonce.isEmpty();
  }

  boolean isPending(long nonce) {
    return nonce >= stateNonce && nonce < pendingEnd;
  }

  Optional<PooledTx> at(long nonce) {
    return Optional.ofNullable(byNonce.get(nonce));
  }

  /**
   * Adds a transaction whose nonce is free and not below the state nonce. Returns the transactions
   * that became pending, in nonce order (empty when it is queued).
   */
  List<Transaction> insert(PooledTx entry) {
    long nonce = entry.tx().nonce();
    if (nonce < stateNonce || byNonce.containsKey(nonce)) {
      throw new IllegalArgumentException(
          "nonce " + nonce + " is below " + stateNonce + " or taken; check before inserting");
    }
    byNonce.put(nonce, entry);
    return nonce == pendingEnd ? extendRun() : List.of();
  }

  /** Puts {@code entry} in place of the transaction with its nonce and returns the old one. */
  PooledTx replace(PooledTx entry) {
    PooledTx old = byNonce.replace(entry.tx().nonce(), entry);
    if (old == null) {
      throw new IllegalArgumentException("no transaction with nonce " + entry.tx().nonce());
    }
    return old;
  }

  /** Removes the highest nonce, shortening the pending run if it ended there. */
  PooledTx removeNewest() {
    Map.Entry<Long, PooledTx> last = byNonce.pollLastEntry();
    if (last.getKey() < pendingEnd) {
      pendingEnd = last.getKey();
    }
    return last.getValue();
  }

  List<PooledTx> removeAll() {
    List<PooledTx> all = new ArrayList<>(byNonce.values());
    byNonce.clear();
    pendingEnd = stateNonce;
    return all;
  }

  /**
   * Moves to a new state nonce (after a block): drops transactions below it and extends the pending
   * run over queued transactions the new nonce reaches.
   */
  Advance advanceTo(long newStateNonce) {
    List<PooledTx> dropped = new ArrayList<>();
    while (!byNonce.isEmpty() && byNonce.firstKey() < newStateNonce) {
      dropped.add(byNonce.pollFirstEntry().getValue());
    }
    boolean runSurvives = newStateNonce >= stateNonce && newStateNonce <= pendingEnd;
    stateNonce = newStateNonce;
    if (!runSurvives) {
      pendingEnd = newStateNonce;
    }
    return new Advance(dropped, extendRun());
  }

  Collection<PooledTx> pending() {
    return byNonce.headMap(pendingEnd).values();
  }

  Collection<PooledTx> queued() {
    return byNonce.tailMap(pendingEnd).values();
  }

  Collection<PooledTx> all() {
    return byNonce.values();
  }

  private List<Transaction> extendRun() {
    List<Transaction> promoted = new ArrayList<>();
    PooledTx next;
    while ((next = byNonce.get(pendingEnd)) != null) {
      promoted.add(next.tx());
      pendingEnd++;
    }
    return promoted;
  }

  record Advance(List<PooledTx> dropped, List<Transaction> promoted) {}
}
