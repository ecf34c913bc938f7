package io.coterie.node.p2p.protocol;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.Optional;

/**
 * Where gossiped transactions go (the pool, through an adapter). Called on the transaction intake
 * thread, never a network thread, since accepting a transaction recovers its sender.
 */
public interface TransactionSink {
  /** True when the transaction was new and accepted, so it is relayed to other peers. */
  boolean offer(Transaction tx, PublicKey from);

  /**
   * A transaction the sink holds, to answer a peer that asks for it by hash; empty if none. Called
   * on a network thread, so it must only look up.
   */
  default Optional<Transaction> pooled(Hash hash) {
    return Optional.empty();
  }
}
