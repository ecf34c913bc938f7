package io.coterie.node.metrics;

import static io.coterie.node.metrics.Scrapes.scrape;
import static io.coterie.node.metrics.Scrapes.startNode;
import static io.coterie.node.metrics.Scrapes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.p2p.TestPeerNode;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsEndpointTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String MALFORMED =
      "coterie_qbft_messages_rejected_total{reason=\"malformed\"}";

  /** qbft/1 follows cot/1's 16 ids at 0x10; QBFT's Proposal is its code 0x12. */
  private static final int QBFT_PROPOSAL_FRAME = 0x10 + 16 + 0x12;

  @Test
  void nodeServesItsCountersAsPrometheusText(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      String text = scrape(node);

      assertThat(text)
          .contains("# TYPE coterie_chain_head_block gauge")
          .contains("# TYPE coterie_qbft_messages_rejected_total counter")
          .contains("# TYPE coterie_p2p_protocol_breaches_total counter");
      assertThat(value(text, MALFORMED)).isZero();
      assertThat(value(text, "coterie_qbft_messages_rejected_total{reason=\"wrong_digest\"}"))
          .isZero();
      assertThat(value(text, "coterie_p2p_peers")).isZero();
      assertThat(value(text, "coterie_txpool_transactions{state=\"pending\"}")).isZero();
      assertThat(value(text, "coterie_sync_syncing")).isZero();
      await().atMost(WAIT).until(() -> value(scrape(node), "coterie_chain_head_block") >= 2);
      assertThat(value(scrape(node), "coterie_qbft_blocks_committed_total")).isPositive();
    }
  }

  @Test
  void malformedQbftMessageFromAPeerRaisesTheRejectedCount(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      double before = value(scrape(node), MALFORMED);
      try (RawRlpxClient raw =
          new RawRlpxClient(TestPeerNode.newKey(), node.peers().orElseThrow().localEnode())) {
        raw.hello(List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY), 1);
        await().atMost(WAIT).until(() -> value(scrape(node), "coterie_p2p_peers") == 1);
        // An empty RLP list where a signed proposal belongs.
        raw.sendFrame(QBFT_PROPOSAL_FRAME, MessageCompression.compress(new byte[] {(byte) 0xc0}));

        await().atMost(WAIT).until(() -> value(scrape(node), MALFORMED) == before + 1);
      }
      assertThat(value(scrape(node), "coterie_qbft_messages_received_total")).isPositive();
    }
  }

  @Test
  void portInUseIsAnErrorNamingThePortAndTheOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      MetricsConfig config = MetricsConfig.enabled("127.0.0.1", taken.getLocalPort());

      assertThatThrownBy(() -> MetricsServer.start(config, new PrometheusRegistry()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
          .hasMessageContaining("--metrics-port");
    }
  }
}
