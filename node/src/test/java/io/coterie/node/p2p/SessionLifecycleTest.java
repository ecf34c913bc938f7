package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Hash;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<Capability> CAPS =
      List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY);

  @Test
  void peerThatStopsAnsweringPingsIsDisconnectedForTimeout() throws Exception {
    try (TestPeerNode node = TestPeerNode.start(List.of());
        RawRlpxClient silent = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
      silent.hello(CAPS, 1);
      assertThat(silent.awaitDisconnect()).isEqualTo(DisconnectReason.TIMEOUT);
      assertThat(node.manager.metrics().timeouts()).isEqualTo(1);
    }
  }

  @Test
  void connectionThatNeverHandshakesIsClosed() throws Exception {
    try (TestPeerNode node = TestPeerNode.start(List.of());
        Socket idle = new Socket("127.0.0.1", node.enode().port())) {
      idle.setSoTimeout(10_000);
      assertThat(idle.getInputStream().read()).as("closed by the node").isEqualTo(-1);
      assertThat(node.manager.metrics().timeouts()).isEqualTo(1);
    }
  }

  @Test
  void peerOnAnotherChainIsDisconnectedAsUseless() throws Exception {
    try (TestPeerNode node = TestPeerNode.start(List.of());
        RawRlpxClient other = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
      other.hello(CAPS, 1);
      byte[] status =
          new RlpWriter()
              .startList()
              .writeBytes(Hash.keccak(new byte[] {9}).toArray())
              .writeLong(0)
              .writeBytes(Hash.ZERO.toArray())
              .endList()
              .toByteArray();
      other.sendFrame(0x10, MessageCompression.compress(status));
      assertThat(other.awaitDisconnect()).isEqualTo(DisconnectReason.USELESS_PEER);
    }
  }

  @Test
  void bootnodeIsDialledAtStart() {
    try (TestPeerNode boot = TestPeerNode.start(List.of());
        TestPeerNode fresh =
            TestPeerNode.start(
                TestPeerNode.newKey(),
                TestPeerNode.config(0).withBootnodes(List.of(boot.enode())),
                PeerPermission.ALL)) {
      await().atMost(WAIT).until(() -> fresh.manager.isConnected(boot.key.publicKey()));
    }
  }

  @Test
  void peerWithoutASharedCapabilityIsUseless() throws Exception {
    try (TestPeerNode node = TestPeerNode.start(List.of());
        RawRlpxClient stranger = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
      stranger.hello(List.of(new Capability("eth", 68)), 1);
      assertThat(stranger.awaitDisconnect()).isEqualTo(DisconnectReason.USELESS_PEER);
      assertThat(node.manager.peerCount()).isZero();
    }
  }
}
