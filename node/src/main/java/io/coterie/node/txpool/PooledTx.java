package io.coterie.node.txpool;

import io.coterie.node.types.Transaction;

/** A transaction in the pool with its arrival number, which orders selection across senders. */
record PooledTx(Transaction tx, long arrival) {}
