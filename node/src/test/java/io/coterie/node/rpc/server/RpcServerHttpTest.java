package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.net.NetListening;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.web3.Web3Sha3;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RpcServerHttpTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RpcServerConfig EPHEMERAL =
      RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(true, "127.0.0.1", 0);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private RpcServer server;

  private RpcServer start(RpcServerConfig config) {
    server = RpcServer.start(config, TestMethods.registry(), new SubscriptionHub());
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> post(String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return MAPPER.readTree(response.body());
  }

  @Test
  void bindsEphemeralPortsAndAnswersASingleCall() throws Exception {
    start(EPHEMERAL);
    assertThat(server.httpPort()).isPositive().isNotEqualTo(server.wsPort());
    HttpResponse<String> response =
        post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"1337\"}");
  }

  @Test
  void answersABatchOf1024InOrder() throws Exception {
    start(EPHEMERAL);
    String batch =
        IntStream.range(0, 1024)
            .mapToObj(
                i ->
                    "{\"jsonrpc\":\"2.0\",\"id\":"
                        + i
                        + ",\"method\":\"test_echo\",\"params\":["
                        + i
                        + "]}")
            .collect(Collectors.joining(",", "[", "]"));
    JsonNode responses = json(post(batch));
    assertThat(responses.size()).isEqualTo(1024);
    for (int i = 0; i < 1024; i++) {
      assertThat(responses.get(i).get("id").intValue()).isEqualTo(i);
      assertThat(responses.get(i).at("/result/echo").intValue()).isEqualTo(i);
    }
  }

  @Test
  void refusesABatchOverTheLimit() throws Exception {
    start(EPHEMERAL);
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}";
    String batch =
        IntStream.range(0, 1025).mapToObj(i -> call).collect(Collectors.joining(",", "[", "]"));
    HttpResponse<String> response = post(batch);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).at("/error/message").textValue())
        .isEqualTo(
            "batch of 1025 requests exceeds the limit of 1024; split it into smaller batches");
  }

  @Test
  void notificationGetsAnEmptyOkResponse() throws Exception {
    start(EPHEMERAL);
    HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"method\":\"net_version\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void malformedJsonUnknownMethodAndBadParams() throws Exception {
    start(EPHEMERAL);
    JsonNode parse = json(post("{\"jsonrpc\":"));
    assertThat(parse.at("/error/code").intValue()).isEqualTo(-32700);
    assertThat(parse.get("id").isNull()).isTrue();
    JsonNode unknown = json(post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_foo\"}"));
    assertThat(unknown.at("/error/message").textValue())
        .startsWith("the method eth_foo does not exist/is not available");
    JsonNode badParams =
        json(post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"web3_sha3\",\"params\":[]}"));
    assertThat(badParams.at("/error/code").intValue()).isEqualTo(-32602);
    assertThat(badParams.at("/error/message").textValue())
        .isEqualTo("missing value for required argument 0 (data)");
    JsonNode subscribe =
        json(
            post(
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}"));
    assertThat(subscribe.at("/error/code").intValue()).isEqualTo(-32601);
    assertThat(subscribe.at("/error/message").textValue())
        .startsWith("notifications not supported");
  }

  @Test
  void oversizedBodyIs413WithAJsonRpcError() throws Exception {
    start(EPHEMERAL.withLimits(1024, 1024, 16));
    String big =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_echo\",\"params\":[\""
            + "a".repeat(2000)
            + "\"]}";
    HttpResponse<String> response = post(big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).at("/error/message").textValue())
        .startsWith("request body exceeds the limit of 1024 bytes");
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_listening\"}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void getIs405AndNonJsonIs415() throws Exception {
    start(EPHEMERAL);
    HttpResponse<String> get =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
    assertThat(json(get).at("/error/message").textValue()).contains("with POST");
    HttpResponse<String> text =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(text.statusCode()).isEqualTo(415);
  }

  @Test
  void eachPortServesItsOwnMethodSet() throws Exception {
    MethodRegistry httpMethods = new MethodRegistry(List.of("net"));
    httpMethods.register(new NetListening());
    MethodRegistry wsMethods = new MethodRegistry(List.of("web3"));
    wsMethods.register(new Web3Sha3());
    server = RpcServer.start(EPHEMERAL, httpMethods, wsMethods, new SubscriptionHub());
    String sha3 = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":[\"0x\"]}";
    assertThat(json(post(sha3)).at("/error/message").textValue())
        .isEqualTo("the method web3_sha3 does not exist/is not available; enabled namespaces: net");
    try (WsTestClient ws = new WsTestClient(server.wsPort())) {
      assertThat(ws.call(sha3).get("result").textValue()).startsWith("0xc5d24601");
    }
  }

  @Test
  void hostNotInTheAllowlistIs403() throws Exception {
    start(EPHEMERAL);
    String response = rawRequest(server.httpPort(), "evil.example:8545");
    assertThat(response).startsWith("HTTP/1.1 403");
    assertThat(response)
        .contains("host 'evil.example' is not allowed; allowed hosts: localhost,127.0.0.1");
    assertThat(rawRequest(server.httpPort(), "localhost:8545")).startsWith("HTTP/1.1 200");
  }

  @Test
  void wildcardAllowlistAcceptsAnyHost() throws Exception {
    start(EPHEMERAL.withHostAllowlist(List.of("*")));
    assertThat(rawRequest(server.httpPort(), "node.brand.example")).startsWith("HTTP/1.1 200");
  }

  @Test
  void corsPreflightForAnAllowedOriginAndRefusalOfOthers() throws Exception {
    start(EPHEMERAL.withCorsOrigins(List.of("https://shop.example")));
    HttpResponse<String> preflight =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://shop.example");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValue("POST, OPTIONS");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("content-type");

    HttpResponse<String> call =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .header("Origin", "https://shop.example")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_listening\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(call.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://shop.example");

    HttpResponse<String> other =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(json(other).at("/error/message").textValue())
        .contains("origin 'https://evil.example' is not allowed");
  }

  @Test
  void connectionsOverTheLimitAreRefusedWith503SayingWhy() throws Exception {
    start(EPHEMERAL.withLimits(1024 * 1024, 1024, 1));
    try (Socket first = new Socket("127.0.0.1", server.httpPort());
        Socket second = new Socket("127.0.0.1", server.httpPort())) {
      String refused = exchange(second, "localhost");
      assertThat(refused).startsWith("HTTP/1.1 503 Service Unavailable");
      assertThat(refused)
          .contains("Retry-After: 1")
          .contains("\"code\":-32005")
          .contains("the HTTP listener has its limit of 1 connections open");
      assertThat(exchange(first, "localhost")).startsWith("HTTP/1.1 200");
    }
  }

  private static byte[] request(String host) {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}";
    return ("POST / HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length()
            + "\r\nConnection: close\r\n\r\n"
            + body)
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static String rawRequest(int port, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return exchange(socket, host);
    }
  }

  /** Sends one request with Connection: close and reads until the server closes. */
  private static String exchange(Socket socket, String host) throws IOException {
    socket.getOutputStream().write(request(host));
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
