package io.coterie.node.p2p.protocol;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.types.Transaction;

/** Where gossiped transactions go (the pool, through an adapter). Called on a network thread. */
public interface TransactionSink {
  /** True when the transaction was new and accepted, so it is relayed to other peers. */
  boolean offer(Transaction tx, PublicKey from);
}
