package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.Hello;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<io.coterie.node.p2p.rlpx.Capability> CAPS =
      List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY);

  @Test
  void malformedMessageDisconnectsThatPeerWhileTheNodeKeepsServingOthers() throws Exception {
    try (TestPeerNode node = TestPeerNode.start(List.of());
        TestPeerNode friend = TestPeerNode.start(List.of(node.enode()))) {
      await().atMost(WAIT).until(() -> node.manager.peerCount() == 1);
      try (RawRlpxClient raw = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
        Hello hello = raw.hello(CAPS, 1);
        assertThat(hello.nodeId()).isEqualTo(node.key.publicKey());
        await().atMost(WAIT).until(() -> node.manager.peerCount() == 2);
        // cot/1 Transactions (0x10 + 1) holding bytes that are not RLP.
        raw.sendFrame(0x11, MessageCompression.compress(new byte[] {(byte) 0xf8, 0x01}));
        assertThat(raw.awaitDisconnect()).isEqualTo(DisconnectReason.PROTOCOL_BREACH);
      }
      try (RawRlpxClient raw = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
        raw.hello(CAPS, 1);
        raw.sendFrame(0x7f, MessageCompression.compress(new byte[] {(byte) 0xc0}));
        assertThat(raw.awaitDisconnect()).isEqualTo(DisconnectReason.PROTOCOL_BREACH);
      }
      try (Socket garbage = new Socket("127.0.0.1", node.enode().port())) {
        OutputStream out = garbage.getOutputStream();
        out.write(new byte[400]);
        out.flush();
        await().atMost(WAIT).until(() -> node.manager.metrics().handshakeFailures() == 1);
      }
      assertThat(node.manager.metrics().protocolBreaches()).isEqualTo(2);
      assertThat(node.manager.isConnected(friend.key.publicKey())).isTrue();
      assertThat(friend.consensus.send(node.address(), 2, "still here".getBytes())).isTrue();
      await().atMost(WAIT).until(() -> node.consensusMessages.size() == 1);
    }
  }

  @Test
  void frameOverTheSizeLimitIsRefusedBeforeItsBodyArrives() throws Exception {
    try (TestPeerNode node =
        TestPeerNode.start(
            TestPeerNode.newKey(),
            TestPeerNode.config(0).withMaxMessageSize(64 * 1024),
            PeerPermission.ALL)) {
      try (RawRlpxClient raw = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
        raw.hello(CAPS, 1);
        raw.sendFrame(0x20, new byte[64 * 1024 + 1]);
        await().atMost(WAIT).until(() -> node.manager.metrics().oversizedMessages() == 1);
        assertThat(node.manager.metrics().protocolBreaches()).isEqualTo(1);
      }
    }
  }

  @Test
  void inflatedPayloadOverTheMessageLimitIsRefused() throws Exception {
    try (TestPeerNode node = TestPeerNode.start(List.of())) {
      try (RawRlpxClient raw = new RawRlpxClient(TestPeerNode.newKey(), node.enode())) {
        raw.hello(CAPS, 1);
        // qbft/1 code 0 is at 0x10 + 16 (cot/1 has 16 ids); zeros compress to almost nothing.
        byte[] inflated = new byte[ConsensusProtocol.MAX_MESSAGE_SIZE + 1];
        raw.sendFrame(0x20, MessageCompression.compress(inflated));
        assertThat(raw.awaitDisconnect()).isEqualTo(DisconnectReason.PROTOCOL_BREACH);
        assertThat(node.manager.metrics().oversizedMessages()).isEqualTo(1);
        assertThat(node.consensusMessages).isEmpty();
      }
    }
  }
}
