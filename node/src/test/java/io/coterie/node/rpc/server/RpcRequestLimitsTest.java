package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.subscription.SubscriptionIdSource;
import io.coterie.node.support.LoopbackHttp;
import io.coterie.node.support.RpcLimitsBuilder;
import io.coterie.node.support.StalledSubscriber;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Limits on what one request may take, over real sockets: response size, WebSocket message size,
 * the execution deadline, queued requests per address, subscriptions per connection, and a
 * subscriber that stops reading.
 */
class RpcRequestLimitsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private SubscriptionHub hub;
  private RpcServer server;

  private void start(RpcLimitsBuilder builder) {
    RpcLimits limits = builder.build();
    hub =
        new SubscriptionHub(
            new SubscriptionIdSource(),
            limits.wsMaxActiveSubscriptions(),
            limits.wsMaxSubscriptionsPerConnection());
    server =
        RpcServer.start(
            RpcServerConfig.defaults()
                .withHttp(true, "127.0.0.1", 0)
                .withWs(true, "127.0.0.1", 0)
                .withRpcLimits(limits),
            TestMethods.registry(),
            hub);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private JsonNode post(String address, String body) throws Exception {
    try (LoopbackHttp client = new LoopbackHttp(address, server.httpPort(), TIMEOUT)) {
      return MAPPER.readTree(client.post(body).body());
    }
  }

  private static String call(int id, String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\""
        + method
        + "\",\"params\":["
        + params
        + "]}";
  }

  @Test
  void aResponseOverTheSizeLimitBecomesAnErrorSayingToAskForLess() throws Exception {
    start(new RpcLimitsBuilder().maxResponseBytes(300));
    JsonNode single = post("127.0.0.2", call(7, "test_echo", "\"" + "a".repeat(400) + "\""));
    assertThat(single.get("id").intValue()).isEqualTo(7);
    assertThat(single.at("/error/code").intValue()).isEqualTo(-32005);
    assertThat(single.at("/error/message").textValue())
        .isEqualTo(
            "the response passes 300 bytes (--rpc-max-response-size); ask for less: narrow"
                + " eth_getLogs to fewer blocks, an address or topics, or send smaller batches");

    String batch =
        IntStream.range(0, 5)
            .mapToObj(i -> call(i, "test_echo", "\"" + "b".repeat(80) + "\""))
            .collect(Collectors.joining(",", "[", "]"));
    JsonNode refused = post("127.0.0.2", batch);
    assertThat(refused.get("id").isNull()).isTrue();
    assertThat(refused.at("/error/message").textValue())
        .startsWith("the batch's responses pass 300 bytes after 2 of 5 requests");
    assertThat(post("127.0.0.2", call(1, "test_echo", "1")).at("/result/echo").intValue())
        .isEqualTo(1);
  }

  @Test
  void aWebSocketMessageOverTheFrameLimitClosesTheConnectionWith1009() {
    start(new RpcLimitsBuilder().wsMaxFrameSize(1024));
    CompletableFuture<String> closed = new CompletableFuture<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create("ws://127.0.0.1:" + server.wsPort() + "/"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                    closed.complete(status + " " + reason);
                    return null;
                  }
                })
            .join();
    socket.sendText(call(1, "test_echo", "\"" + "c".repeat(2000) + "\""), true);

    assertThat(closed.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join())
        .isEqualTo(
            "1009 message over 1024 bytes (--rpc-ws-max-frame-size); send smaller messages or"
                + " batches");
  }

  @Test
  void workPastTheRequestDeadlineStopsAndAnswersTimedOut() throws Exception {
    start(new RpcLimitsBuilder().requestTimeout(Duration.ofMillis(300)));
    JsonNode slow = post("127.0.0.2", call(1, "test_slow", "60000"));
    assertThat(slow.at("/error/code").intValue()).isEqualTo(-32005);
    assertThat(slow.at("/error/message").textValue())
        .isEqualTo(
            "request timed out after 300 ms (the node's --rpc-request-timeout); ask for less: a"
                + " narrower block range or filter, or smaller batches");

    JsonNode batch =
        post(
            "127.0.0.2",
            "["
                + call(1, "test_slow", "10")
                + ","
                + call(2, "test_slow", "60000")
                + ","
                + call(3, "net_version", "")
                + "]");
    assertThat(batch.get(0).get("result").intValue()).isEqualTo(10);
    assertThat(batch.get(1).at("/error/message").textValue()).startsWith("request timed out");
    assertThat(batch.get(2).at("/error/message").textValue()).startsWith("request timed out");
  }

  @Test
  void aFloodFromOneAddressGets429WhileAnotherAddressIsAnswered() throws Exception {
    start(new RpcLimitsBuilder().maxQueuedRequestsPerIp(2));
    ExecutorService flood = Executors.newFixedThreadPool(6);
    try {
      List<Future<LoopbackHttp.Response>> answers =
          IntStream.range(0, 6)
              .mapToObj(
                  i ->
                      flood.submit(
                          () -> {
                            try (LoopbackHttp client =
                                new LoopbackHttp("127.0.0.2", server.httpPort(), TIMEOUT)) {
                              return client.post(call(i, "test_slow", "1500"));
                            }
                          }))
              .toList();
      assertThat(post("127.0.0.3", call(1, "net_version", "")).get("result").textValue())
          .isEqualTo("1337");
      List<LoopbackHttp.Response> responses = new java.util.ArrayList<>();
      for (Future<LoopbackHttp.Response> answer : answers) {
        responses.add(answer.get());
      }
      List<LoopbackHttp.Response> refused =
          responses.stream().filter(r -> r.status() == 429).toList();
      assertThat(responses.stream().filter(r -> r.status() == 200)).hasSizeBetween(2, 4);
      assertThat(refused).isNotEmpty();
      assertThat(refused.get(0).headers()).containsEntry("retry-after", "1");
      assertThat(MAPPER.readTree(refused.get(0).body()).at("/error/message").textValue())
          .contains("127.0.0.2 has 2 requests queued or running, the limit per address")
          .contains("wait for answers before sending more");
    } finally {
      flood.shutdownNow();
    }
  }

  @Test
  void subscriptionsPerConnectionAreBounded() {
    start(new RpcLimitsBuilder().wsMaxSubscriptionsPerConnection(2));
    String subscribe = call(1, "eth_subscribe", "\"newHeads\"");
    try (WsTestClient ws = new WsTestClient(server.wsPort());
        WsTestClient other = new WsTestClient(server.wsPort())) {
      String first = ws.call(subscribe).get("result").textValue();
      ws.call(subscribe);
      JsonNode third = ws.call(subscribe);
      assertThat(third.at("/error/code").intValue()).isEqualTo(-32005);
      assertThat(third.at("/error/message").textValue())
          .startsWith(
              "this connection has 2 subscriptions, the limit per connection"
                  + " (--rpc-ws-max-subscriptions-per-connection)");
      assertThat(other.call(subscribe).has("result")).isTrue();

      ws.call(call(2, "eth_unsubscribe", "\"" + first + "\""));
      assertThat(ws.call(subscribe).has("result")).isTrue();
    }
  }

  @Test
  void aSubscriberThatStopsReadingIsClosedAndPublishingNeverWaitsForIt() throws Exception {
    start(new RpcLimitsBuilder());
    try (StalledSubscriber stalled =
        StalledSubscriber.subscribe(
            "127.0.0.2",
            server.wsPort(),
            List.of(call(1, "eth_subscribe", "\"newPendingTransactions\"")))) {
      await().atMost(TIMEOUT).until(() -> hub.size() == 1);
      String hash = "0x" + "ab".repeat(32);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  hub.onPendingTransaction(hash);
                }
                return hub.size() == 0;
              });
    }
  }
}
