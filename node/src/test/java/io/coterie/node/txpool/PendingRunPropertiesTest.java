package io.coterie.node.txpool;

import static io.coterie.node.txpool.TestChainState.CHAIN_ID;
import static io.coterie.node.txpool.TestChainState.ether;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.node.state.Account;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PendingRunPropertiesTest {
  private static final List<TransactionSigner> SENDERS =
      IntStream.range(10, 13).mapToObj(TestChainState::signer).toList();

  sealed interface Op {}

  /** Sends nonce {@code stateNonce + offset} from sender {@code sender}, at price {@code price}. */
  record Add(int sender, int offset, int price) implements Op {}

  /** Mines up to {@code count} transactions the pool selects. */
  record Mine(int count) implements Op {}

  /** Mines a transaction of {@code sender} that never went through the pool. */
  record MineForeign(int sender) implements Op {}

  /** Up to 30 operations: adds, pool-selected blocks and blocks of foreign transactions. */
  private static Gen<List<Op>> programs() {
    Gen<Integer> sender = integers().between(0, SENDERS.size() - 1);
    Gen<Op> add = sender.zip(integers().between(0, 6), integers().between(0, 3), Add::new);
    Gen<Op> mine = integers().between(0, 5).map(Mine::new);
    Gen<Op> foreign = sender.map(MineForeign::new);
    Gen<Op> op = Generate.frequency(Pair.of(6, add), Pair.of(2, mine), Pair.of(1, foreign));
    return lists().of(op).ofSizeBetween(0, 30);
  }

  @Test
  void pendingIsAContiguousRunFromTheStateNonce() {
    qt().withExamples(100)
        .forAll(programs())
        .checkAssert(PendingRunPropertiesTest::runCheckingAfterEachOp);
  }

  /** Replays the program on a fresh chain and pool, checking the runs after every operation. */
  private static void runCheckingAfterEachOp(List<Op> program) {
    TestChainState chain = new TestChainState();
    for (TransactionSigner sender : SENDERS) {
      chain
          .account(sender.address(), ether(1), 0)
          .grant(StandardRoles.MEMBER_ROLE, sender.address());
    }
    NonceOrderedPool pool =
        new NonceOrderedPool(
            chain::head,
            CHAIN_ID,
            () -> 30_000_000,
            BigInteger.ZERO,
            true,
            new PoolLimits(12, 6, 4, 10));

    for (Op op : program) {
      if (op instanceof Add add) {
        TransactionSigner sender = SENDERS.get(add.sender());
        long nonce = stateNonce(chain, sender.address()) + add.offset();
        pool.add(TestChainState.transfer(sender, nonce, BigInteger.valueOf(add.price())));
      } else if (op instanceof Mine mine) {
        List<Transaction> picked = pool.selectForBlock(30_000_000);
        chain.importBlock(picked.subList(0, Math.min(mine.count(), picked.size())), pool);
      } else if (op instanceof MineForeign foreign) {
        TransactionSigner sender = SENDERS.get(foreign.sender());
        Transaction tx =
            sender.legacy(
                stateNonce(chain, sender.address()),
                BigInteger.ZERO,
                21_000,
                Destination.call(TestChainState.SINK),
                BigInteger.TEN,
                Bytes.EMPTY);
        chain.importBlock(List.of(tx), pool);
      }
      checkRuns(chain, pool);
    }
  }

  private static void checkRuns(TestChainState chain, NonceOrderedPool pool) {
    TransactionPool.Content content = pool.content();
    for (TransactionSigner signer : SENDERS) {
      Address sender = signer.address();
      long stateNonce = stateNonce(chain, sender);
      SortedMap<Long, Transaction> pending =
          content.pending().getOrDefault(sender, new TreeMap<>());
      SortedMap<Long, Transaction> queued = content.queued().getOrDefault(sender, new TreeMap<>());
      assertThat(pending.keySet())
          .containsExactlyElementsOf(
              LongStream.range(stateNonce, stateNonce + pending.size()).boxed().toList());
      long next = stateNonce + pending.size();
      assertThat(pool.nextNonce(sender)).isEqualTo(next);
      assertThat(queued.keySet()).allMatch(nonce -> nonce > next);
      for (Map.Entry<Long, Transaction> entry : pending.entrySet()) {
        assertThat(entry.getValue().nonce()).isEqualTo(entry.getKey());
        assertThat(pool.byHash(entry.getValue().hash())).contains(entry.getValue());
      }
    }
    assertThat(pool.status().pending() + pool.status().queued()).isLessThanOrEqualTo(12);
  }

  private static long stateNonce(TestChainState chain, Address sender) {
    return chain.head().account(sender).map(Account::nonce).orElse(0L);
  }
}
