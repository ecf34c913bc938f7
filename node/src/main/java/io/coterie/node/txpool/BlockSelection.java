package io.coterie.node.txpool;

import io.coterie.node.execution.IntrinsicGas;
import io.coterie.node.types.Address;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionInvariants;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Picks executable transactions for a block: always the earliest-arrived among each sender's next
 * pending transaction, so senders interleave by arrival while each one's nonces stay ascending.
 * Arrival numbers are unique, so the order is deterministic. A sender stops at the first
 * transaction that does not fit the remaining gas or that its balance may not cover (counting the
 * worst-case cost of its earlier picks), because its later nonces cannot go first.
 *
 * <p>Gas is counted at each transaction's intrinsic gas, the least it can use, not its gas limit:
 * the block executor fits the candidates by the gas they really use, as geth's miner does. Counted
 * at their limits, transactions that ask for twice what they use (a CPT transfer sent with 200,000
 * and using about 106,000) would fill only half a block.
 */
final class BlockSelection {
  private BlockSelection() {}

  static List<Transaction> select(
      Map<Address, SenderQueue> senders,
      long gasLimit,
      Predicate<Address> permitted,
      Function<Address, BigInteger> balance) {
    PriorityQueue<Cursor> ready =
        new PriorityQueue<>(Comparator.comparingLong(c -> c.next.arrival()));
    for (Map.Entry<Address, SenderQueue> entry : senders.entrySet()) {
      SenderQueue queue = entry.getValue();
      if (queue.pendingCount() > 0 && permitted.test(entry.getKey())) {
        Iterator<PooledTx> run = queue.pending().iterator();
        ready.add(new Cursor(run, run.next(), balance.apply(entry.getKey())));
      }
    }
    List<Transaction> picked = new ArrayList<>();
    long gasLeft = gasLimit;
    while (!ready.isEmpty() && gasLeft >= IntrinsicGas.TRANSACTION) {
      Cursor cursor = ready.poll();
      Transaction tx = cursor.next.tx();
      BigInteger cost = TransactionInvariants.maxCost(tx);
      long leastGas = IntrinsicGas.of(tx);
      if (leastGas > gasLeft || cost.compareTo(cursor.budget) > 0) {
        continue;
      }
      picked.add(tx);
      gasLeft -= leastGas;
      cursor.budget = cursor.budget.subtract(cost);
      if (cursor.run.hasNext()) {
        cursor.next = cursor.run.next();
        ready.add(cursor);
      }
    }
    return picked;
  }

  private static final class Cursor {
    private final Iterator<PooledTx> run;
    private PooledTx next;
    private BigInteger budget;

    private Cursor(Iterator<PooledTx> run, PooledTx next, BigInteger budget) {
      this.run = run;
      this.next = next;
      this.budget = budget;
    }
  }
}
