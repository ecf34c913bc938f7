package io.coterie.node.app;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.protocol.TransactionSink;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transactions between the pool and peers: received ones go into the pool, and new pending ones are
 * collected and sent in batches ({@link #flush}, called every few milliseconds), so a burst of
 * submissions costs one message per peer instead of one per transaction.
 */
final class TransactionGossip implements TransactionSink {
  static final int MAX_BATCH = 1_024;

  private final TransactionPool pool;
  private final List<Transaction> outgoing = new ArrayList<>();
  private volatile GossipProtocol gossip;

  TransactionGossip(TransactionPool pool) {
    this.pool = pool;
  }

  void connect(GossipProtocol protocol) {
    this.gossip = protocol;
  }

  @Override
  public boolean offer(Transaction tx, PublicKey from) {
    return pool.add(tx) instanceof AddResult.Added;
  }

  @Override
  public Optional<Transaction> pooled(Hash hash) {
    return pool.byHash(hash);
  }

  /** Called by the pool for every newly pending transaction, local or received. */
  void onPending(Transaction tx) {
    synchronized (outgoing) {
      outgoing.add(tx);
    }
  }

  void flush() {
    GossipProtocol protocol = gossip;
    while (protocol != null) {
      List<Transaction> batch;
      synchronized (outgoing) {
        if (outgoing.isEmpty()) {
          return;
        }
        int n = Math.min(MAX_BATCH, outgoing.size());
        batch = new ArrayList<>(outgoing.subList(0, n));
        outgoing.subList(0, n).clear();
      }
      protocol.broadcastTransactions(batch);
    }
  }
}
