package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.p2p.peer.PeerListener;
import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.protocol.TransactionBudget;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.support.DevKeys;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Received transactions reach the pool on the intake thread, never a network thread, within each
 * peer's budget: a peer that floods a slow pool loses what does not fit, and one that keeps at it
 * is disconnected, while another peer's transactions still go through.
 */
class TransactionFloodTest {
  private static final TransactionBudget BUDGET = new TransactionBudget(64, 1_024);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static List<Transaction> transactions(TransactionSigner signer, long from, int count) {
    List<Transaction> txs = new ArrayList<>();
    for (long nonce = from; nonce < from + count; nonce++) {
      txs.add(DevKeys.call(signer, nonce, Address.of(0x77), BigInteger.ONE, Bytes.EMPTY, 21_000));
    }
    return txs;
  }

  @Test
  void transactionsAreTakenOffTheNetworkThreadsWithinABudgetAndAFlooderIsDisconnected() {
    try (TestPeerNode node =
            TestPeerNode.start(
                TestPeerNode.newKey(), TestPeerNode.config(0), PeerPermission.ALL, BUDGET);
        TestPeerNode flooder = TestPeerNode.start(List.of(node.enode()));
        TestPeerNode honest = TestPeerNode.start(List.of(node.enode()))) {
      await().atMost(WAIT).until(() -> node.manager.peerCount() == 2);
      CountDownLatch slowPool = new CountDownLatch(1);
      node.holdSink = slowPool;

      TransactionSigner signer = DevKeys.account(4);
      long nonce = 0;
      long floodStarted = System.nanoTime();
      while (node.manager.isConnected(flooder.key.publicKey())
          && System.nanoTime() - floodStarted < WAIT.toNanos()) {
        flooder.gossip.broadcastTransactions(transactions(signer, nonce, 200));
        nonce += 200;
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
      }
      long floodMillis = (System.nanoTime() - floodStarted) / 1_000_000;
      System.out.printf(
          "flooder sent %d transactions in %d ms before it was disconnected; %d dropped%n",
          nonce, floodMillis, node.gossip.transactionsDropped());

      assertThat(node.manager.isConnected(flooder.key.publicKey())).isFalse();
      assertThat(node.disconnects)
          .anySatisfy(
              d -> {
                assertThat(d.nodeId()).isEqualTo(flooder.key.publicKey());
                assertThat(d.reason()).isEqualTo(DisconnectReason.SUBPROTOCOL_ERROR);
                assertThat(d.byRemote()).isFalse();
              });
      // All but the first peer's worth, give or take the last batch, sent as it was disconnected.
      assertThat(node.gossip.transactionsDropped())
          .isGreaterThanOrEqualTo(nonce - 200 - BUDGET.pendingPerPeer());
      assertThat(node.manager.isConnected(honest.key.publicKey())).isTrue();

      slowPool.countDown();
      node.holdSink = null;
      List<Transaction> fromHonest = transactions(DevKeys.account(5), 0, 10);
      honest.gossip.broadcastTransactions(fromHonest);
      await().atMost(WAIT).until(() -> node.transactions.containsAll(fromHonest));
      assertThat(node.gossip.transactionsHandled())
          .isLessThanOrEqualTo(BUDGET.pendingPerPeer() + fromHonest.size());
      assertThat(node.sinkThreads).containsOnly("p2p-transactions");
    }
  }

  @Test
  void aBurstOverTheBudgetLosesOnlyItsExcessAndKeepsThePeer() {
    try (TestPeerNode node =
            TestPeerNode.start(
                TestPeerNode.newKey(), TestPeerNode.config(0), PeerPermission.ALL, BUDGET);
        TestPeerNode peer = TestPeerNode.start(List.of(node.enode()))) {
      await().atMost(WAIT).until(() -> node.manager.peerCount() == 1);
      CountDownLatch slowPool = new CountDownLatch(1);
      node.holdSink = slowPool;
      List<Transaction> burst = transactions(DevKeys.account(6), 0, 500);
      peer.gossip.broadcastTransactions(burst);
      await().atMost(WAIT).until(() -> node.gossip.transactionsDropped() > 0);

      slowPool.countDown();
      node.holdSink = null;
      await()
          .atMost(WAIT)
          .until(
              () ->
                  node.gossip.transactionsHandled() + node.gossip.transactionsDropped()
                      == burst.size());
      assertThat(node.gossip.transactionsHandled()).isEqualTo(BUDGET.pendingPerPeer());
      assertThat(node.transactions).containsExactlyElementsOf(burst.subList(0, 64));
      assertThat(node.manager.isConnected(peer.key.publicKey())).isTrue();
      assertThat(node.disconnects).extracting(PeerListener.PeerDisconnected::reason).isEmpty();
    }
  }
}
