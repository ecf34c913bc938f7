package io.coterie.node.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.support.LoopbackHttp;
import io.coterie.node.support.RpcLimitsBuilder;
import io.coterie.node.support.TestNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The method-level limits on a real devnet node over HTTP, each remote host played by its own
 * loopback address: the gas cap, the log range, filters per address and in all, filter expiry.
 */
class RpcMethodLimitsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ROLES = "0x0000000000000000000000000000000000001000";
  private static final String HAS_ROLE_CALL =
      "0x91d14854"
          + "00".repeat(32)
          + "000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266";

  @TempDir Path dir;

  private static JsonNode call(TestNode node, String from, String method, String params)
      throws Exception {
    try (LoopbackHttp client =
        new LoopbackHttp(
            from, node.node().rpc().orElseThrow().httpPort(), Duration.ofSeconds(10))) {
      return MAPPER.readTree(
          client
              .post(
                  "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
                      + method
                      + "\",\"params\":["
                      + params
                      + "]}")
              .body());
    }
  }

  @Test
  void callsRunWithAtMostTheGasCapAndSaySoWhenItIsTooLittle() throws Exception {
    try (TestNode node = TestNode.devnet(dir, new RpcLimitsBuilder().gasCap(21_000).build())) {
      String roles =
          "{\"to\":\"" + ROLES + "\",\"gas\":\"0xf4240\",\"input\":\"" + HAS_ROLE_CALL + "\"}";
      JsonNode capped = call(node, "127.0.0.2", "eth_call", roles);
      assertThat(capped.at("/error/code").intValue()).isEqualTo(-32000);
      assertThat(capped.at("/error/message").textValue())
          .startsWith("intrinsic gas too low: gas 21000 is below the")
          .endsWith("; this node runs calls with at most 21000 gas (--rpc-gas-cap)");
      JsonNode estimate = call(node, "127.0.0.2", "eth_estimateGas", roles);
      assertThat(estimate.at("/error/message").textValue()).endsWith("(--rpc-gas-cap)");

      String transfer = "{\"to\":\"0x00000000000000000000000000000000000000aa\"}";
      assertThat(call(node, "127.0.0.2", "eth_call", transfer).get("result").textValue())
          .isEqualTo("0x");
      assertThat(call(node, "127.0.0.2", "eth_estimateGas", transfer).get("result").textValue())
          .isEqualTo("0x5208");
    }
  }

  @Test
  void logQueriesAndFiltersOverTheRangeLimitAreRefused() throws Exception {
    try (TestNode node = TestNode.devnet(dir, new RpcLimitsBuilder().maxLogsRange(2).build())) {
      await().atMost(Duration.ofSeconds(20)).until(() -> node.node().chain().head().number() >= 3);
      JsonNode wide =
          call(node, "127.0.0.2", "eth_getLogs", "{\"fromBlock\":\"0x0\",\"toBlock\":\"0x2\"}");
      assertThat(wide.at("/error/code").intValue()).isEqualTo(-32005);
      assertThat(wide.at("/error/message").textValue())
          .startsWith(
              "block range of 3 blocks exceeds the limit of 2 per query (--rpc-max-logs-range)");
      assertThat(
              call(node, "127.0.0.2", "eth_getLogs", "{\"fromBlock\":\"0x1\",\"toBlock\":\"0x2\"}")
                  .get("result")
                  .isArray())
          .isTrue();

      JsonNode filter =
          call(node, "127.0.0.2", "eth_newFilter", "{\"fromBlock\":\"0x0\",\"toBlock\":\"0x5\"}");
      assertThat(filter.at("/error/message").textValue())
          .isEqualTo(
              "block range of 6 blocks exceeds the limit of 2 per filter (--rpc-max-logs-range);"
                  + " narrow fromBlock/toBlock");
      String narrow =
          call(node, "127.0.0.2", "eth_newFilter", "{\"fromBlock\":\"0x1\",\"toBlock\":\"0x2\"}")
              .get("result")
              .textValue();
      assertThat(
              call(node, "127.0.0.2", "eth_getFilterLogs", "\"" + narrow + "\"")
                  .get("result")
                  .isArray())
          .isTrue();
    }
  }

  @Test
  void filtersAreBoundedPerAddressAndInAll() throws Exception {
    try (TestNode node =
        TestNode.devnet(
            dir, new RpcLimitsBuilder().maxFiltersPerIp(2).maxActiveFilters(3).build())) {
      assertThat(call(node, "127.0.0.2", "eth_newBlockFilter", "").has("result")).isTrue();
      assertThat(call(node, "127.0.0.2", "eth_newPendingTransactionFilter", "").has("result"))
          .isTrue();
      JsonNode third = call(node, "127.0.0.2", "eth_newFilter", "{}");
      assertThat(third.at("/error/code").intValue()).isEqualTo(-32005);
      assertThat(third.at("/error/message").textValue())
          .isEqualTo(
              "127.0.0.2 has 2 filters installed, the limit per address (--rpc-max-filters-per-ip);"
                  + " uninstall those you no longer poll (eth_uninstallFilter), or use"
                  + " eth_subscribe over WebSocket");

      assertThat(call(node, "127.0.0.3", "eth_newBlockFilter", "").has("result")).isTrue();
      assertThat(call(node, "127.0.0.4", "eth_newBlockFilter", "").at("/error/message").textValue())
          .startsWith("too many filters installed (3, --rpc-max-active-filters)");
    }
  }

  @Test
  void aFilterNotPolledWithinTheTimeoutIsRemoved() throws Exception {
    try (TestNode node =
        TestNode.devnet(dir, new RpcLimitsBuilder().filterTimeout(Duration.ofSeconds(1)).build())) {
      String id = call(node, "127.0.0.2", "eth_newBlockFilter", "").get("result").textValue();
      assertThat(call(node, "127.0.0.2", "eth_getFilterChanges", "\"" + id + "\"").has("result"))
          .isTrue();

      JsonNode gone =
          await()
              .pollDelay(Duration.ofMillis(1_500))
              .atMost(Duration.ofSeconds(10))
              .until(
                  () -> call(node, "127.0.0.2", "eth_getFilterChanges", "\"" + id + "\""),
                  response -> response.has("error"));
      assertThat(gone.at("/error/message").textValue())
          .isEqualTo(
              "filter not found: "
                  + id
                  + " was never installed, was uninstalled, or expired after 1 s without a poll;"
                  + " install a new filter and poll it more often");
    }
  }
}
