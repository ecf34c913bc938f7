package io.coterie.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.NetworkConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.p2p.TestPeerNode;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.MessageCompression;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsEndpointTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
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

  private static Node startNode(Path dir) {
    RpcServerConfig rpc =
        RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(false, "127.0.0.1", 0);
    return NodeBuilder.build(
            DevnetConfig.create(dir, 200, rpc)
                .withNetwork(NetworkConfig.of("127.0.0.1", 0, List.of()))
                .withMetrics(MetricsConfig.enabled("127.0.0.1", 0)))
        .start();
  }

  private static String scrape(Node node) throws Exception {
    int port = node.metrics().orElseThrow().port();
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of the sample whose name and labels are {@code series}. */
  private static double value(String text, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no sample " + series + " in:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }
}
