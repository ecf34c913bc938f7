package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RpcServerWebSocketTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DAO = "0x0000000000000000000000000000000000001003";

  private final SubscriptionHub hub = new SubscriptionHub();
  private RpcServer server;

  @BeforeEach
  void start() {
    server =
        RpcServer.start(
            RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(true, "127.0.0.1", 0),
            TestMethods.registry(),
            hub);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void answersRequestsAndBatches() {
    try (WsTestClient ws = new WsTestClient(server.wsPort())) {
      assertThat(ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}").toString())
          .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"1337\"}");
      JsonNode batch =
          ws.call(
              "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_listening\"},"
                  + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope_nope\"}]");
      assertThat(batch.get(0).get("result").booleanValue()).isTrue();
      assertThat(batch.get(1).at("/error/code").intValue()).isEqualTo(-32601);
      assertThat(ws.call("not json").at("/error/code").intValue()).isEqualTo(-32700);
    }
  }

  @Test
  void theHttpPortRefusesWebSocketUpgrades() {
    assertThatThrownBy(() -> new WsTestClient(server.httpPort()))
        .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class)
        .rootCause()
        .hasMessage("Unexpected HTTP response status code 400");
  }

  @Test
  void theWebSocketPortRefusesJsonRpcOverHttp() throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.wsPort() + "/"))
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("this port serves JSON-RPC over WebSocket only")
        .contains("--rpc-http-port");
  }

  @Test
  void subscribesToNewHeadsReceivesThemAndUnsubscribes() throws Exception {
    try (WsTestClient ws = new WsTestClient(server.wsPort())) {
      String id =
          ws.call(
                  "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}")
              .get("result")
              .textValue();
      assertThat(id).matches("0x[1-9a-f][0-9a-f]{0,31}");
      hub.onNewHead(
          MAPPER.readTree("{\"number\":\"0x2a\",\"hash\":\"0x" + "11".repeat(32) + "\"}"));
      JsonNode notification = ws.next();
      assertThat(notification.get("method").textValue()).isEqualTo("eth_subscription");
      assertThat(notification.at("/params/subscription").textValue()).isEqualTo(id);
      assertThat(notification.at("/params/result/number").textValue()).isEqualTo("0x2a");
      assertThat(notification.has("id")).isFalse();

      JsonNode unsubscribed =
          ws.call(
              "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_unsubscribe\",\"params\":[\""
                  + id
                  + "\"]}");
      assertThat(unsubscribed.get("result").booleanValue()).isTrue();
      assertThat(hub.size()).isZero();
      JsonNode again =
          ws.call(
              "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_unsubscribe\",\"params\":[\""
                  + id
                  + "\"]}");
      assertThat(again.at("/error/code").intValue()).isEqualTo(-32000);
      assertThat(again.at("/error/message").textValue()).contains("not found");
    }
  }

  @Test
  void logsSubscriptionDeliversOnlyMatchingLogs() throws Exception {
    try (WsTestClient ws = new WsTestClient(server.wsPort())) {
      String id =
          ws.call(
                  "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"logs\",{\"address\":\""
                      + DAO
                      + "\"}]}")
              .get("result")
              .textValue();
      hub.onLogs(
          List.of(
              MAPPER.readTree(
                  "{\"address\":\"0x0000000000000000000000000000000000001001\",\"topics\":[],\"logIndex\":\"0x0\"}"),
              MAPPER.readTree("{\"address\":\"" + DAO + "\",\"topics\":[],\"logIndex\":\"0x1\"}")));
      JsonNode notification = ws.next();
      assertThat(notification.at("/params/subscription").textValue()).isEqualTo(id);
      assertThat(notification.at("/params/result/logIndex").textValue()).isEqualTo("0x1");
      assertThat(ws.hasPending()).isFalse();
    }
  }

  @Test
  void badSubscriptionParamsAreInvalidParams() {
    try (WsTestClient ws = new WsTestClient(server.wsPort())) {
      JsonNode unknown =
          ws.call(
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"syncing\"]}");
      assertThat(unknown.at("/error/code").intValue()).isEqualTo(-32602);
      assertThat(unknown.at("/error/message").textValue())
          .isEqualTo(
              "invalid param 0 (subscription kind): unknown kind 'syncing'; supported: newHeads, logs,"
                  + " newPendingTransactions");
      JsonNode badFilter =
          ws.call(
              "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_subscribe\",\"params\":[\"logs\",{\"address\":\"0x12\"}]}");
      assertThat(badFilter.at("/error/message").textValue())
          .startsWith("invalid param 1 (filter): address: expected 20 bytes");
    }
  }

  @Test
  void closingTheConnectionDropsItsSubscriptions() {
    WsTestClient ws = new WsTestClient(server.wsPort());
    ws.call(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}");
    ws.call(
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_subscribe\",\"params\":[\"newPendingTransactions\"]}");
    assertThat(hub.size()).isEqualTo(2);
    ws.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> hub.size() == 0);
  }
}
