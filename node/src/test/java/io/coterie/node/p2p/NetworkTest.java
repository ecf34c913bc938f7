package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.p2p.peer.P2pConfig;
import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.permission.NodeAllowlist;
import io.coterie.node.p2p.permission.OnChainNodeAllowlist;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Transaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void transactionAndBlockReachEveryNodeOfALineThroughRelays() throws Exception {
    // b relays the transaction to c by hash; c asks b for it.
    try (TestPeerNode c = TestPeerNode.start(List.of());
        TestPeerNode b = TestPeerNode.start(List.of(c.enode()));
        TestPeerNode a = TestPeerNode.start(List.of(b.enode()))) {
      await().atMost(WAIT).until(() -> b.manager.peerCount() == 2);

      Transaction tx = TwoPeersTest.tx(3, 0);
      a.gossip.broadcastTransactions(List.of(tx));
      await().atMost(WAIT).until(() -> c.transactions.size() == 1 && b.transactions.size() == 1);
      assertThat(c.transactions.get(0).hash()).isEqualTo(tx.hash());

      Block block = TestPeerNode.block(1, List.of(tx));
      c.chain.append(block);
      c.gossip.broadcastBlock(block);
      await().atMost(WAIT).until(() -> a.chain.blocks().size() == 1);
      assertThat(a.chain.blocks().get(0).hash()).isEqualTo(block.hash());
      assertThat(b.chain.blocks()).hasSize(1);
      assertThat(a.transactions).isEmpty();

      List<BlockHeader> headers = a.gossip.requestHeaders(b.key.publicKey(), 1, 10).get();
      assertThat(headers).extracting(BlockHeader::hash).containsExactly(block.hash());
      List<List<Transaction>> bodies =
          a.gossip.requestBodies(b.key.publicKey(), List.of(block.hash())).get();
      assertThat(bodies).hasSize(1);
      assertThat(bodies.get(0)).extracting(Transaction::hash).containsExactly(tx.hash());
      assertThat(a.gossip.peerHeads().get(b.key.publicKey()).number()).isEqualTo(1);
    }
  }

  @Test
  void staticPeerIsRedialledAfterItRestarts() {
    NodeKey bKey = TestPeerNode.newKey();
    TestPeerNode b = TestPeerNode.start(bKey, TestPeerNode.config(0), PeerPermission.ALL);
    int port = b.enode().port();
    try (TestPeerNode a = TestPeerNode.start(List.of(b.enode()))) {
      await().atMost(WAIT).until(() -> a.manager.isConnected(bKey.publicKey()));
      b.close();
      await().atMost(WAIT).until(() -> a.manager.peerCount() == 0);
      try (TestPeerNode restarted =
          TestPeerNode.start(bKey, TestPeerNode.config(port), PeerPermission.ALL)) {
        // Each side registers the peer when its own handshake ends, and a's listener runs just
        // after a marks the peer active; so wait for all three rather than read them at once.
        await()
            .atMost(WAIT)
            .until(
                () ->
                    a.manager.isConnected(bKey.publicKey())
                        && a.connects.size() >= 2
                        && restarted.manager.peerCount() == 1);
        assertThat(a.connects).hasSize(2);
        assertThat(restarted.manager.isConnected(a.key.publicKey())).isTrue();
      }
    }
  }

  @Test
  void peerNotOnTheAllowlistIsDisconnectedWithAReason() {
    NodeKey allowedKey = TestPeerNode.newKey();
    TestPeerNode allowed =
        TestPeerNode.start(allowedKey, TestPeerNode.config(0), PeerPermission.ALL);
    NodeAllowlist allowlist =
        new NodeAllowlist(List.of(allowed.enode()), OnChainNodeAllowlist.EMPTY);
    try (allowed;
        TestPeerNode guarded =
            TestPeerNode.start(TestPeerNode.newKey(), TestPeerNode.config(0), allowlist);
        TestPeerNode stranger = TestPeerNode.start(List.of(guarded.enode()))) {
      allowed.manager.addPeer(guarded.enode());
      await().atMost(WAIT).until(() -> guarded.manager.isConnected(allowedKey.publicKey()));

      await().atMost(WAIT).until(() -> !stranger.disconnects.isEmpty());
      var event = stranger.disconnects.get(0);
      assertThat(event.reason()).isEqualTo(DisconnectReason.USELESS_PEER);
      assertThat(event.byRemote()).isTrue();
      assertThat(event.wasActive()).isFalse();
      assertThat(guarded.manager.metrics().notPermitted()).isGreaterThanOrEqualTo(1);
      assertThat(guarded.manager.isConnected(stranger.key.publicKey())).isFalse();

      allowlist.add(List.of(stranger.enode()));
      await().atMost(WAIT).until(() -> guarded.manager.isConnected(stranger.key.publicKey()));
      allowlist.remove(List.of(stranger.enode()));
      guarded.manager.enforcePermissions();
      await().atMost(WAIT).until(() -> !guarded.manager.isConnected(stranger.key.publicKey()));
    }
  }

  @RepeatedTest(3)
  void nodesDiallingEachOtherKeepOneConnection() {
    NodeKey aKey = TestPeerNode.newKey();
    NodeKey bKey = TestPeerNode.newKey();
    try (TestPeerNode a = TestPeerNode.start(aKey, TestPeerNode.config(0), PeerPermission.ALL);
        TestPeerNode b = TestPeerNode.start(bKey, TestPeerNode.config(0), PeerPermission.ALL)) {
      a.manager.addPeer(b.enode());
      b.manager.addPeer(a.enode());
      await().atMost(WAIT).until(() -> a.manager.peerCount() == 1 && b.manager.peerCount() == 1);
      // Both directions were dialled; whatever raced, one connection stays up and carries messages.
      await()
          .during(Duration.ofSeconds(2))
          .atMost(WAIT)
          .until(() -> a.manager.peerCount() == 1 && b.manager.peerCount() == 1);
      assertThat(a.consensus.send(b.address(), 0, "x".getBytes())).isTrue();
      await().atMost(WAIT).until(() -> b.consensusMessages.size() == 1);
      assertThat(a.manager.peers().get(0).inbound())
          .isNotEqualTo(b.manager.peers().get(0).inbound());
    }
  }

  @Test
  void maxPeersRefusesTheExtraPeer() {
    try (TestPeerNode hub =
            TestPeerNode.start(
                TestPeerNode.newKey(), TestPeerNode.config(0).withMaxPeers(1), PeerPermission.ALL);
        TestPeerNode first = TestPeerNode.start(List.of(hub.enode()))) {
      await().atMost(WAIT).until(() -> hub.manager.peerCount() == 1);
      try (TestPeerNode second = TestPeerNode.start(List.of(hub.enode()))) {
        await().atMost(WAIT).until(() -> !second.disconnects.isEmpty());
        assertThat(second.disconnects.get(0).reason()).isEqualTo(DisconnectReason.TOO_MANY_PEERS);
        assertThat(hub.manager.peerCount()).isEqualTo(1);
        assertThat(P2pConfig.defaults("h", 1).backoff(10)).isEqualTo(Duration.ofSeconds(30));
      }
    }
  }
}
