package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.p2p.peer.P2pLimits;
import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A peer that breaks the protocol is disconnected, refused while banned and let back after. */
class PeerMisconductTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<Capability> CAPS =
      List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY);

  @Test
  void aPeerDisconnectedForMisconductIsRefusedUntilItsBanEnds() throws Exception {
    Duration ban = Duration.ofSeconds(2);
    try (TestPeerNode node =
        TestPeerNode.start(
            TestPeerNode.newKey(),
            TestPeerNode.config(0)
                .withLimits(P2pLimits.DEFAULTS.withBans(ban, Duration.ofSeconds(8))),
            PeerPermission.ALL)) {
      NodeKey key = TestPeerNode.newKey();
      try (RawRlpxClient bad = new RawRlpxClient(key, node.enode())) {
        bad.hello(CAPS, 1);
        bad.sendFrame(0x11, MessageCompression.compress(new byte[] {(byte) 0xf8, 0x01}));
        assertThat(bad.awaitDisconnect()).isEqualTo(DisconnectReason.PROTOCOL_BREACH);
      }
      assertThat(node.manager.metrics().misconductDisconnects()).isEqualTo(1);
      assertThat(node.manager.banRemaining(key.publicKey())).isPositive();

      try (RawRlpxClient again = new RawRlpxClient(key, node.enode())) {
        assertThat(again.helloRefusal(CAPS, 1)).hasValue(DisconnectReason.PROTOCOL_BREACH);
      }
      assertThat(node.manager.metrics().bannedRefused()).isEqualTo(1);
      // The node drops the misbehaving session once its disconnect has gone out and the channel has
      // closed, which can come after the client has read the disconnect; under load CI read the
      // count in between.
      await().atMost(WAIT).until(() -> node.manager.peerCount() == 0);

      await().atMost(WAIT).until(() -> node.manager.banRemaining(key.publicKey()).isZero());
      try (RawRlpxClient later = new RawRlpxClient(key, node.enode())) {
        assertThat(later.helloRefusal(CAPS, 1)).isEmpty();
        await().atMost(WAIT).until(() -> node.manager.peerCount() == 1);
      }
    }
  }

  @Test
  void aStaticNodeThatMisbehavedIsRedialledOnlyAfterItsBan() {
    Duration ban = Duration.ofSeconds(3);
    try (TestPeerNode peer = TestPeerNode.start(List.of());
        TestPeerNode node =
            TestPeerNode.start(
                TestPeerNode.newKey(),
                TestPeerNode.config(0)
                    .withStaticNodes(List.of(peer.enode()))
                    .withLimits(P2pLimits.DEFAULTS.withBans(ban, Duration.ofSeconds(8))),
                PeerPermission.ALL)) {
      await().atMost(WAIT).until(() -> node.manager.isConnected(peer.key.publicKey()));
      long bannedAt = System.nanoTime();
      node.consensus.penalise(
          peer.address(), io.coterie.node.p2p.protocol.Offence.UNAUTHORISED, "test");
      await().atMost(WAIT).until(() -> !node.manager.isConnected(peer.key.publicKey()));
      await().atMost(WAIT).until(() -> node.manager.isConnected(peer.key.publicKey()));
      long backAfterMillis = (System.nanoTime() - bannedAt) / 1_000_000;
      // The peer may dial in itself meanwhile; it is refused while banned as well.
      assertThat(backAfterMillis).isGreaterThanOrEqualTo(ban.toMillis());
      assertThat(node.manager.metrics().misconductDisconnects()).isEqualTo(1);
    }
  }
}
