package io.coterie.node.rpc.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.TestNode;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.TransactionCodec;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /member/rpc} on the web listener (and the HTTP port): the member page's six methods
 * answer, {@code eth_call} reaches chaincode only, and every other method is refused by name, so
 * nothing else of the node is reachable through the route; the listener's limits still apply.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberRpcRouteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int MAX_BODY = 64 * 1024;
  private static final String POINTS = "0x0000000000000000000000000000000000002000";

  private Path dataDir;
  private TestNode node;
  private String web;

  @BeforeAll
  void start() throws Exception {
    dataDir = Files.createTempDirectory("member-rpc");
    node = TestNode.devnetWithWebListener(dataDir, MAX_BODY);
    web = "http://127.0.0.1:" + node.node().rpc().orElseThrow().webPort();
  }

  @AfterAll
  void stop() throws Exception {
    node.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private HttpResponse<String> post(String base, String path, String contentType, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode call(String method, Object... params) throws Exception {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
    HttpResponse<String> response = post(web, MemberRpcMethods.PATH, "application/json", body);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String balanceOf(Address account) {
    return "0x70a08231" + "0".repeat(24) + account.toHex().substring(2);
  }

  @Test
  void theMemberPagesMethodsAnswer() throws Exception {
    assertThat(call("eth_chainId").get("result").asText()).isEqualTo("0x539");
    assertThat(call("eth_blockNumber").get("result").asText()).startsWith("0x");
    JsonNode balance =
        call(
            "eth_call",
            java.util.Map.of("to", POINTS, "data", balanceOf(DevKeys.address(4))),
            "latest");
    assertThat(new BigInteger(balance.get("result").asText().substring(2), 16))
        .isEqualTo(BigInteger.TEN.pow(21)); // 1,000 CPT of 18 decimals
    assertThat(call("eth_getTransactionReceipt", "0x" + "ab".repeat(32)).get("result").isNull())
        .isTrue();
  }

  @Test
  void everyOtherMethodIsRefusedByName() throws Exception {
    long nonce = node.node().pool().nextNonce(DevKeys.address(0));
    String rawTransfer =
        Bytes.toHex(
            TransactionCodec.encode(
                DevKeys.call(
                    DevKeys.account(0),
                    nonce,
                    DevKeys.address(5),
                    BigInteger.ONE,
                    Bytes.EMPTY,
                    21_000)));
    for (List<Object> refused :
        List.<List<Object>>of(
            List.of("eth_sendRawTransaction", rawTransfer),
            List.of("eth_sendTransaction", java.util.Map.of("to", POINTS)),
            List.of("eth_getBalance", DevKeys.address(0).toHex(), "latest"),
            List.of("eth_getStorageAt", POINTS, "0x0", "latest"),
            List.of("eth_getLogs", java.util.Map.of()),
            List.of("admin_peers"),
            List.of("admin_addPeer", "enode://00@127.0.0.1:30303"),
            List.of("perm_addNodesToAllowlist", List.of()),
            List.of("qbft_proposeValidatorVote", DevKeys.address(1).toHex(), true),
            List.of("txpool_content"),
            List.of("debug_traceTransaction", "0x" + "00".repeat(32)),
            List.of("coterie_login", "m", "s"),
            List.of("net_version"),
            List.of("no_suchMethod"))) {
      String method = (String) refused.get(0);
      JsonNode answer = call(method, refused.subList(1, refused.size()).toArray());
      assertThat(answer.has("result")).as(method).isFalse();
      assertThat(answer.get("error").get("code").asInt()).as(method).isEqualTo(-32601);
      assertThat(answer.get("error").get("message").asText())
          .as(method)
          .isEqualTo(
              method
                  + " is not served at /member/rpc, which answers only eth_chainId,"
                  + " eth_blockNumber, eth_call, eth_getTransactionReceipt,"
                  + " coterie_createMemberAccount, coterie_sendMemberRequest; use the node's"
                  + " JSON-RPC port (with a token where it needs one)");
    }
    // the refused transfer, valid on the RPC port, never reached the pool
    assertThat(node.node().pool().nextNonce(DevKeys.address(0))).isEqualTo(nonce);
  }

  @Test
  void ethCallReachesChaincodeOnly() throws Exception {
    JsonNode account =
        call("eth_call", java.util.Map.of("to", DevKeys.address(4).toHex(), "data", "0x"));
    assertThat(account.get("error").get("code").asInt()).isEqualTo(-32602);
    assertThat(account.get("error").get("message").asText())
        .contains("reaches chaincode precompiles only")
        .contains(DevKeys.address(4).toHex());
    JsonNode noTarget = call("eth_call", java.util.Map.of("data", "0x"));
    assertThat(noTarget.get("error").get("message").asText())
        .contains("needs a \"to\" address of a chaincode precompile");
    JsonNode overrides =
        call(
            "eth_call",
            java.util.Map.of("to", POINTS, "data", balanceOf(DevKeys.address(4))),
            "latest",
            java.util.Map.of());
    assertThat(overrides.get("error").get("message").asText()).contains("no state overrides");
  }

  @Test
  void aBatchIsAnsweredEntryByEntry() throws Exception {
    String batch =
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"},"
            + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_accounts\"}]";
    JsonNode answers =
        JSON.readTree(post(web, MemberRpcMethods.PATH, "application/json", batch).body());
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("result").asText()).isEqualTo("0x539");
    assertThat(answers.get(1).get("error").get("code").asInt()).isEqualTo(-32601);
  }

  @Test
  void theListenersLimitsAndRulesApply() throws Exception {
    HttpResponse<String> get =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web + MemberRpcMethods.PATH)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(get.body()).contains("is not supported at /member/rpc");

    HttpResponse<String> text =
        post(web, MemberRpcMethods.PATH, "text/plain", "{\"method\":\"eth_chainId\"}");
    assertThat(text.statusCode()).isEqualTo(415);

    String big =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[\""
            + "a".repeat(MAX_BODY)
            + "\"]}";
    assertThat(post(web, MemberRpcMethods.PATH, "application/json", big).statusCode())
        .isEqualTo(413);

    // the web listener serves no JSON-RPC anywhere else
    assertThat(
            post(
                    web,
                    "/",
                    "application/json",
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theHttpPortServesTheSameRoute() throws Exception {
    HttpResponse<String> response =
        post(
            node.httpUrl(),
            MemberRpcMethods.PATH,
            "application/json",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"admin_peers\"}");
    assertThat(JSON.readTree(response.body()).get("error").get("message").asText())
        .startsWith("admin_peers is not served at /member/rpc");
  }
}
