package io.coterie.node.txpool;

import static io.coterie.node.txpool.TestChainState.CHAIN_ID;
import static io.coterie.node.txpool.TestChainState.ether;
import static io.coterie.node.txpool.TestChainState.signer;
import static io.coterie.node.txpool.TestChainState.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonceOrderedPoolTest {
  private final TransactionSigner alice = signer(1);
  private final TransactionSigner bob = signer(2);
  private final TransactionSigner carol = signer(3);
  private final TestChainState chain = new TestChainState();

  NonceOrderedPoolTest() {
    for (TransactionSigner member : List.of(alice, bob, carol)) {
      chain
          .account(member.address(), ether(100), 0)
          .grant(StandardRoles.MEMBER_ROLE, member.address());
    }
  }

  private NonceOrderedPool pool(PoolLimits limits) {
    return new NonceOrderedPool(
        chain::head, CHAIN_ID, () -> 30_000_000, BigInteger.ZERO, true, limits);
  }

  private final NonceOrderedPool pool = pool(PoolLimits.DEFAULTS);

  private static AddResult added(Transaction tx) {
    return new AddResult.Added(tx.hash());
  }

  @Test
  void theSameTransactionTwiceIsAlreadyKnown() {
    Transaction tx = transfer(alice, 0);
    assertThat(pool.add(tx)).isEqualTo(added(tx));
    assertThat(pool.add(tx))
        .isEqualTo(
            new AddResult.Rejected(
                TxRejection.ALREADY_KNOWN,
                "already known: transaction " + tx.hash() + " is already in the pool"));
  }

  @Test
  void aReplacementMustRaiseFeeCapAndTipByTenPercent() {
    Transaction original = transfer(alice, 0, BigInteger.valueOf(100));
    Transaction tooCheap = transfer(alice, 0, BigInteger.valueOf(109));
    Transaction enough = transfer(alice, 0, BigInteger.valueOf(110));
    pool.add(original);

    assertThat(pool.add(tooCheap))
        .isEqualTo(
            new AddResult.Rejected(
                TxRejection.REPLACEMENT_UNDERPRICED,
                "replacement transaction underpriced: a transaction with nonce 0 from "
                    + alice.address()
                    + " is pending; raise its fee by at least 10% to replace it"));
    assertThat(pool.add(enough)).isEqualTo(added(enough));
    assertThat(pool.byHash(original.hash())).isEmpty();
    assertThat(pool.byHash(enough.hash())).contains(enough);
    assertThat(pool.status()).isEqualTo(new TransactionPool.Status(1, 0));
  }

  @Test
  void onAZeroFeeChainAZeroFeeTransactionReplacesAnother() {
    Transaction first = transfer(alice, 0);
    Transaction second =
        alice.legacy(
            0,
            BigInteger.ZERO,
            21_000,
            Destination.call(TestChainState.SINK),
            BigInteger.TWO,
            Bytes.EMPTY);
    pool.add(first);
    assertThat(pool.add(second)).isEqualTo(added(second));
    assertThat(pool.selectForBlock(30_000_000)).containsExactly(second);
  }

  @Test
  void aGapQueuesUntilItClosesThenAllBecomePending() {
    List<Transaction> heard = new ArrayList<>();
    pool.onPending(heard::add);
    Transaction n0 = transfer(alice, 0);
    Transaction n1 = transfer(alice, 1);
    Transaction n2 = transfer(alice, 2);
    Transaction n3 = transfer(alice, 3);

    pool.add(n0);
    pool.add(n2);
    pool.add(n3);
    assertThat(pool.status()).isEqualTo(new TransactionPool.Status(1, 2));
    assertThat(pool.nextNonce(alice.address())).isEqualTo(1);
    assertThat(pool.selectForBlock(30_000_000)).containsExactly(n0);
    assertThat(pool.content().queued().get(alice.address())).containsOnlyKeys(2L, 3L);

    pool.add(n1);
    assertThat(pool.status()).isEqualTo(new TransactionPool.Status(4, 0));
    assertThat(pool.nextNonce(alice.address())).isEqualTo(4);
    assertThat(heard).containsExactly(n0, n1, n2, n3);
    assertThat(pool.content().pending().get(alice.address())).containsOnlyKeys(0L, 1L, 2L, 3L);
  }

  @Test
  void aBlockRemovesIncludedAndStaleTransactionsAndPromotesQueuedOnes() {
    List<Transaction> heard = new ArrayList<>();
    Transaction pooledN0 = transfer(alice, 0);
    Transaction minedN0 = transfer(alice, 0, BigInteger.ONE);
    Transaction n1 = transfer(alice, 1);
    Transaction bobN0 = transfer(bob, 0);
    Transaction bobN2 = transfer(bob, 2);
    pool.add(pooledN0);
    pool.add(n1);
    pool.add(bobN0);
    pool.add(bobN2);
    pool.onPending(heard::add);

    // Alice's nonce 0 was mined from another copy; Bob's nonce 1 arrived in the block directly.
    chain.importBlock(List.of(minedN0, bobN0, transfer(bob, 1)), pool);

    assertThat(pool.byHash(pooledN0.hash())).isEmpty();
    assertThat(pool.byHash(bobN0.hash())).isEmpty();
    assertThat(pool.selectForBlock(30_000_000)).containsExactly(n1, bobN2);
    assertThat(pool.nextNonce(alice.address())).isEqualTo(2);
    assertThat(pool.nextNonce(bob.address())).isEqualTo(3);
    assertThat(heard).containsExactly(bobN2);
  }

  @Test
  void aSenderWhoseRolesAreRevokedLosesItsTransactionsAtTheNextBlock() {
    pool.add(transfer(alice, 0));
    pool.add(transfer(bob, 0));

    chain.revokeAll(alice.address());
    chain.importEmptyBlock(pool);

    assertThat(pool.content().pending()).containsOnlyKeys(bob.address());
    assertThat(pool.add(transfer(alice, 0)).getClass()).isEqualTo(AddResult.Rejected.class);
  }

  @Test
  void aNonceTooFarAheadIsRefused() {
    NonceOrderedPool small = pool(new PoolLimits(100, 100, 3, 10));
    assertThat(small.add(transfer(alice, 3))).isInstanceOf(AddResult.Added.class);
    assertThat(small.add(transfer(alice, 4)))
        .isEqualTo(
            new AddResult.Rejected(
                TxRejection.NONCE_TOO_HIGH,
                "nonce too high: nonce 4 is more than 3 ahead of the next nonce 0 of "
                    + alice.address()));
  }

  @Test
  void aSenderCannotHoldMoreThanItsLimit() {
    NonceOrderedPool small = pool(new PoolLimits(100, 2, 100, 10));
    small.add(transfer(alice, 0));
    small.add(transfer(alice, 1));
    assertThat(small.add(transfer(alice, 2)))
        .isEqualTo(
            new AddResult.Rejected(
                TxRejection.SENDER_LIMIT,
                "txpool sender limit: "
                    + alice.address()
                    + " already has 2 transactions pending; wait for some to be mined"));
    assertThat(small.add(transfer(bob, 0))).isInstanceOf(AddResult.Added.class);
  }

  @Test
  void aFullPoolEvictsQueuedTransactionsFirst() {
    NonceOrderedPool small = pool(new PoolLimits(3, 10, 100, 10));
    Transaction aliceN0 = transfer(alice, 0);
    Transaction aliceN5 = transfer(alice, 5);
    Transaction bobN0 = transfer(bob, 0);
    small.add(aliceN0);
    small.add(aliceN5);
    small.add(bobN0);

    Transaction carolN0 = transfer(carol, 0);
    assertThat(small.add(carolN0)).isEqualTo(added(carolN0));
    assertThat(small.byHash(aliceN5.hash())).isEmpty();
    assertThat(small.status()).isEqualTo(new TransactionPool.Status(3, 0));
  }

  @Test
  void aFullPoolEvictsTheNewestPendingOfTheLargestOtherSender() {
    NonceOrderedPool small = pool(new PoolLimits(3, 10, 100, 10));
    Transaction aliceN0 = transfer(alice, 0);
    Transaction aliceN1 = transfer(alice, 1);
    Transaction bobN0 = transfer(bob, 0);
    small.add(aliceN0);
    small.add(aliceN1);
    small.add(bobN0);

    Transaction carolN0 = transfer(carol, 0);
    assertThat(small.add(carolN0)).isEqualTo(added(carolN0));
    assertThat(small.byHash(aliceN1.hash())).isEmpty();
    assertThat(small.nextNonce(alice.address())).isEqualTo(1);
  }

  @Test
  void aFullPoolRefusesWhenOnlyTheSenderItselfOrSmallerSendersCouldMakeRoom() {
    NonceOrderedPool small = pool(new PoolLimits(2, 10, 100, 10));
    small.add(transfer(alice, 0));
    small.add(transfer(bob, 0));

    AddResult.Rejected refused =
        new AddResult.Rejected(
            TxRejection.POOL_FULL,
            "txpool is full: 2 transactions are pending; try again after the next blocks");
    assertThat(small.add(transfer(alice, 1))).isEqualTo(refused);
    assertThat(small.add(transfer(carol, 5))).isEqualTo(refused);
    assertThat(small.status()).isEqualTo(new TransactionPool.Status(2, 0));
  }

  @Test
  void selectionInterleavesSendersByArrivalKeepingNoncesAscending() {
    Transaction a0 = transfer(alice, 0);
    Transaction a1 = transfer(alice, 1);
    Transaction b0 = transfer(bob, 0);
    Transaction b1 = transfer(bob, 1);
    Transaction c0 = transfer(carol, 0);
    pool.add(a1);
    pool.add(b0);
    pool.add(c0);
    pool.add(b1);
    pool.add(a0);

    assertThat(pool.selectForBlock(30_000_000)).containsExactly(b0, c0, b1, a0, a1);
  }

  @Test
  void selectionStaysWithinTheGasLimit() {
    Transaction a0 = transfer(alice, 0);
    Transaction a1 = transfer(alice, 1);
    Transaction b0 = transfer(bob, 0);
    pool.add(a0);
    pool.add(a1);
    pool.add(b0);

    assertThat(pool.selectForBlock(2 * 21_000 + 20_999)).containsExactly(a0, a1);
    assertThat(pool.selectForBlock(21_000)).containsExactly(a0);
    assertThat(pool.selectForBlock(20_999)).isEmpty();
  }

  @Test
  void selectionCountsTheLeastGasEachCanUseNotItsLimit() {
    // Each asks for 200,000 gas, as a CPT transfer is sent, but none can use less than 21,000:
    // the executor, not the pool, decides how many fit once they have run.
    List<Transaction> generous = new ArrayList<>();
    for (int nonce = 0; nonce < 5; nonce++) {
      Transaction tx =
          alice.legacy(
              nonce,
              BigInteger.ZERO,
              200_000,
              Destination.call(TestChainState.SINK),
              BigInteger.ONE,
              Bytes.EMPTY);
      pool.add(tx);
      generous.add(tx);
    }

    assertThat(pool.selectForBlock(4 * 21_000 + 20_999))
        .containsExactlyElementsOf(generous.subList(0, 4));
    assertThat(pool.selectForBlock(200_000)).hasSize(5);
  }

  @Test
  void selectionStopsASenderWhoseBalanceCannotCoverItsLaterTransactions() {
    chain.account(alice.address(), BigInteger.valueOf(2 * 21_001), 0);
    Transaction a0 = transfer(alice, 0, BigInteger.ONE);
    Transaction a1 = transfer(alice, 1, BigInteger.ONE);
    Transaction a2 = transfer(alice, 2, BigInteger.ONE);
    pool.add(a0);
    pool.add(a1);
    pool.add(a2);

    assertThat(pool.selectForBlock(30_000_000)).containsExactly(a0, a1);
  }

  @Test
  void aManyTransactionBurstFromOneSenderIsAllPending() {
    List<Transaction> burst = new ArrayList<>();
    for (int nonce = 0; nonce < 2_000; nonce++) {
      burst.add(transfer(alice, nonce));
    }
    for (Transaction tx : burst) {
      assertThat(pool.add(tx)).isInstanceOf(AddResult.Added.class);
    }
    assertThat(pool.status()).isEqualTo(new TransactionPool.Status(2_000, 0));
    assertThat(pool.selectForBlock(30_000_000)).hasSize(1_428).startsWith(burst.get(0));
  }
}
