package io.coterie.node.txpool;

import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * Transactions waiting for a block. Safe from any thread. {@code pending} transactions are
 * executable in nonce order from the sender's state nonce; {@code queued} ones wait for a nonce gap
 * to close.
 */
public interface TransactionPool {
  AddResult add(Transaction transaction);

  /** The nonce a sender's next transaction should use: the state nonce plus its pending run. */
  long nextNonce(Address sender);

  Optional<Transaction> byHash(Hash hash);

  /**
   * Gives each of {@code transactions} (decoded from a block) the sender already recovered for the
   * same transaction in this pool, so verifying a block does not recover senders a second time.
   */
  void reuseKnownSenders(List<Transaction> transactions);

  /**
   * Executable transactions for the next block, in an order that keeps each sender's nonces
   * ascending, whose intrinsic gas (the least each can use) adds up to at most {@code gasLimit};
   * the block executor leaves out those that no longer fit once the others have run.
   */
  List<Transaction> selectForBlock(long gasLimit);

  Status status();

  /** Pending and queued transactions by sender, then nonce (txpool_content). */
  Content content();

  /**
   * Called with each newly pending transaction (eth_subscribe newPendingTransactions, filters,
   * gossip).
   */
  void onPending(Consumer<Transaction> listener);

  record Status(int pending, int queued) {}

  record Content(
      SortedMap<Address, SortedMap<Long, Transaction>> pending,
      SortedMap<Address, SortedMap<Long, Transaction>> queued) {}
}
