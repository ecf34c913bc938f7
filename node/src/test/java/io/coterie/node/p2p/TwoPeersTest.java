package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.p2p.peer.PeerInfo;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.support.DevKeys;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoPeersTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  static Transaction tx(int account, long nonce) {
    return DevKeys.call(
        DevKeys.account(account), nonce, Address.of(0x1000), BigInteger.ONE, Bytes.EMPTY, 21_000);
  }

  @Test
  void twoNodesHandshakeExchangePingsAndSubProtocolMessagesBothWays() {
    try (TestPeerNode b = TestPeerNode.start(List.of());
        TestPeerNode a = TestPeerNode.start(List.of(b.enode()))) {
      await().atMost(WAIT).until(() -> a.manager.peerCount() == 1 && b.manager.peerCount() == 1);

      await()
          .atMost(WAIT)
          .until(
              () ->
                  a.manager.metrics().pongsReceived() >= 2
                      && b.manager.metrics().pongsReceived() >= 2);

      assertThat(a.consensus.send(b.address(), 3, "prepare".getBytes())).isTrue();
      assertThat(b.consensus.send(a.address(), 4, "commit".getBytes())).isTrue();
      await()
          .atMost(WAIT)
          .until(() -> !a.consensusMessages.isEmpty() && !b.consensusMessages.isEmpty());
      assertThat(b.consensusMessages).containsExactly(a.address().toHex() + ":3:prepare");
      assertThat(a.consensusMessages).containsExactly(b.address().toHex() + ":4:commit");

      a.gossip.broadcastTransactions(List.of(tx(1, 0)));
      b.gossip.broadcastTransactions(List.of(tx(2, 0)));
      await().atMost(WAIT).until(() -> a.transactions.size() == 1 && b.transactions.size() == 1);
      assertThat(b.transactions.get(0).hash()).isEqualTo(tx(1, 0).hash());
      assertThat(a.transactions.get(0).hash()).isEqualTo(tx(2, 0).hash());

      PeerInfo seenByA = a.manager.peers().get(0);
      assertThat(seenByA.id()).isEqualTo(b.key.publicKey().toHex());
      assertThat(seenByA.caps())
          .containsExactly(
              GossipProtocol.CAPABILITY.toString(), ConsensusProtocol.CAPABILITY.toString());
      assertThat(seenByA.enode()).isEqualTo(b.enode().toString());
      assertThat(seenByA.name()).startsWith("Coterie/");
      assertThat(seenByA.inbound()).isFalse();
      assertThat(b.manager.peers().get(0).inbound()).isTrue();
      assertThat(a.manager.metrics().protocolBreaches()).isZero();
      assertThat(b.manager.metrics().protocolBreaches()).isZero();
    }
  }

  @Test
  void oversizedMessageIsNotSent() {
    try (TestPeerNode b = TestPeerNode.start(List.of());
        TestPeerNode a = TestPeerNode.start(List.of(b.enode()))) {
      await().atMost(WAIT).until(() -> a.manager.peerCount() == 1);
      byte[] huge = new byte[ConsensusProtocol.MAX_MESSAGE_SIZE + 1];
      assertThat(a.consensus.send(b.address(), 1, huge)).isFalse();
      assertThat(a.manager.metrics().oversizedMessages()).isEqualTo(1);
      assertThat(a.consensus.send(b.address(), 1, "small".getBytes())).isTrue();
      await().atMost(WAIT).until(() -> b.consensusMessages.size() == 1);
    }
  }
}
