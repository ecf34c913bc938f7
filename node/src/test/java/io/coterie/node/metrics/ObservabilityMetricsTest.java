package io.coterie.node.metrics;

import static io.coterie.node.metrics.Scrapes.call;
import static io.coterie.node.metrics.Scrapes.scrape;
import static io.coterie.node.metrics.Scrapes.startNode;
import static io.coterie.node.metrics.Scrapes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservabilityMetricsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String BLOCK_NUMBER_CALLS =
      "coterie_rpc_request_duration_seconds_count{method=\"eth_blockNumber\"}";

  @Test
  void jvmAndProcessSeriesAreOnTheNodeRegistry(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      String text = scrape(node);

      assertThat(value(text, "jvm_memory_used_bytes{area=\"heap\"}")).isPositive();
      assertThat(value(text, "jvm_memory_max_bytes{area=\"heap\"}")).isPositive();
      assertThat(value(text, "jvm_threads_current")).isPositive();
      assertThat(text).contains("# TYPE jvm_gc_collection_seconds summary");
      assertThat(text).contains("# TYPE process_cpu_seconds_total counter");
    }
  }

  @Test
  void besuNamedAliasesCarryTheSameValuesAsTheCoterieSeries(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      await().atMost(WAIT).until(() -> value(scrape(node), "ethereum_blockchain_height") >= 2);
      String text = scrape(node);

      // the same callback reads the head: both series name one number per scrape
      assertThat(value(text, "ethereum_blockchain_height"))
          .isLessThanOrEqualTo(value(text, "coterie_chain_head_block"));
      assertThat(value(text, "ethereum_peer_count")).isEqualTo(value(text, "coterie_p2p_peers"));
      assertThat(value(text, "ethereum_best_known_block_number"))
          .isGreaterThanOrEqualTo(value(text, "ethereum_blockchain_height"));
      assertThat(value(text, "besu_synchronizer_in_sync")).isEqualTo(1);
      assertThat(value(text, "coterie_sync_syncing")).isZero();
      assertThat(value(text, "besu_transaction_pool_transactions")).isZero();
    }
  }

  @Test
  void importsAndCommittedHeightsFillTheirHistograms(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      await()
          .atMost(WAIT)
          .until(() -> value(scrape(node), "coterie_block_import_duration_seconds_count") >= 2);
      String text = scrape(node);

      assertThat(value(text, "coterie_qbft_height_duration_seconds_count")).isPositive();
      assertThat(value(text, "coterie_qbft_height_duration_seconds_sum")).isPositive();
      assertThat(value(text, "coterie_block_import_duration_seconds_bucket{le=\"+Inf\"}"))
          .isEqualTo(value(text, "coterie_block_import_duration_seconds_count"));
    }
  }

  @Test
  void rpcLatencyIsLabelledByRegisteredMethodOnly(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      for (int i = 0; i < 3; i++) {
        assertThat(call(node, "eth_blockNumber").statusCode()).isEqualTo(200);
      }
      assertThat(call(node, "eth_madeUpMethod").body()).contains("-32601");
      assertThat(call(node, "web3_clientVersion").statusCode()).isEqualTo(200);
      String text = scrape(node);

      assertThat(value(text, BLOCK_NUMBER_CALLS)).isEqualTo(3);
      assertThat(
              value(
                  text,
                  "coterie_rpc_request_duration_seconds_count{method=\"web3_clientVersion\"}"))
          .isEqualTo(1);
      assertThat(text).doesNotContain("eth_madeUpMethod");
    }
  }
}
