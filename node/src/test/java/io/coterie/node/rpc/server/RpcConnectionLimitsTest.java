package io.coterie.node.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.support.LoopbackHttp;
import io.coterie.node.support.RpcLimitsBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connection limits over real sockets, each remote host played by its own loopback address:
 * connections per address and per listener, and the deadlines that cut slow requests off while
 * honest clients are answered.
 */
class RpcConnectionLimitsTest {
  private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private RpcServer server;
  private final List<Socket> held = new ArrayList<>();

  private RpcServer start(RpcLimitsBuilder limits) {
    server =
        RpcServer.start(
            RpcServerConfig.defaults()
                .withHttp(true, "127.0.0.1", 0)
                .withWs(true, "127.0.0.1", 0)
                .withRpcLimits(limits.build()),
            TestMethods.registry(),
            new SubscriptionHub());
    return server;
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : held) {
      socket.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private Socket hold(String address, int port) throws IOException {
    Socket socket = LoopbackHttp.connect(address, port, TIMEOUT);
    held.add(socket);
    return socket;
  }

  private static LoopbackHttp.Response answer(String address, int port) throws IOException {
    try (LoopbackHttp client = new LoopbackHttp(address, port, TIMEOUT)) {
      return client.post(CALL);
    }
  }

  @Test
  void anAddressOverItsShareGets429WhileOtherAddressesAreServed() throws Exception {
    start(new RpcLimitsBuilder().maxConnectionsPerIp(2));
    int port = server.httpPort();
    hold("127.0.0.2", port);
    Socket second = hold("127.0.0.2", port);

    LoopbackHttp.Response refused = waitForRefusal("127.0.0.2", port);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers()).containsEntry("retry-after", "1");
    assertThat(refused.body())
        .contains("-32005")
        .contains(
            "127.0.0.2 has 2 connections open, the limit per address; close idle ones or reuse a"
                + " keep-alive connection");
    assertThat(answer("127.0.0.3", port).body()).contains("\"result\":\"1337\"");

    second.close();
    await().atMost(TIMEOUT).until(() -> answer("127.0.0.2", port).status() == 200);
  }

  /** Both held sockets count once the server has accepted them. */
  private static LoopbackHttp.Response waitForRefusal(String address, int port) {
    return await()
        .atMost(TIMEOUT)
        .until(() -> answer(address, port), response -> response.status() != 200);
  }

  @Test
  void theWebSocketListenerHasItsOwnConnectionLimit() throws Exception {
    start(new RpcLimitsBuilder().wsMaxActiveConnections(1));
    hold("127.0.0.2", server.wsPort());

    LoopbackHttp.Response refused = waitForRefusal("127.0.0.3", server.wsPort());
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.body())
        .contains("the WebSocket listener has its limit of 1 connections open");
    assertThat(answer("127.0.0.3", server.httpPort()).status()).isEqualTo(200);
  }

  @Test
  void headersThatTrickleInAreCutOffWith408WhileAnHonestClientIsAnswered() throws Exception {
    start(
        new RpcLimitsBuilder()
            .httpHeaderTimeout(Duration.ofMillis(500))
            .httpReadTimeout(Duration.ofSeconds(20)));
    Socket slow = hold("127.0.0.2", server.httpPort());
    OutputStream out = slow.getOutputStream();
    out.write("POST / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
    InputStream in = slow.getInputStream();
    // Awaitility polls every 100 ms: one more header byte each time, well inside any read timeout
    // that each byte would reset; meanwhile the honest client is answered every time.
    await()
        .atMost(TIMEOUT)
        .until(
            () -> {
              try {
                out.write('a');
              } catch (IOException closed) {
                return true;
              }
              assertThat(answer("127.0.0.1", server.httpPort()).status()).isEqualTo(200);
              return in.available() > 0;
            });

    String reply = readToEnd(in);
    assertThat(reply).startsWith("HTTP/1.1 408 Request Timeout");
    assertThat(reply)
        .contains(
            "the request headers did not arrive within 500 ms (--rpc-http-header-timeout); send"
                + " each request whole, without pauses");
  }

  @Test
  void aBodyThatTricklesInIsCutOffAtTheReadTimeout() throws Exception {
    start(new RpcLimitsBuilder().httpReadTimeout(Duration.ofMillis(700)));
    Socket slow = hold("127.0.0.2", server.httpPort());
    slow.getOutputStream()
        .write(
            ("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"jsonrpc\":")
                .getBytes(StandardCharsets.US_ASCII));

    String reply = readToEnd(slow.getInputStream());
    assertThat(reply).startsWith("HTTP/1.1 408 Request Timeout");
    assertThat(reply).contains("the request body did not arrive within 700 ms");
  }

  @Test
  void anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() throws Exception {
    start(new RpcLimitsBuilder().httpIdleTimeout(Duration.ofMillis(300)));
    Socket idle = hold("127.0.0.2", server.httpPort());
    byte[] body = CALL.getBytes(StandardCharsets.US_ASCII);
    idle.getOutputStream()
        .write(
            ("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: "
                    + body.length
                    + "\r\n\r\n"
                    + CALL)
                .getBytes(StandardCharsets.US_ASCII));
    InputStream in = idle.getInputStream();
    assertThat(LoopbackHttp.read(in).status()).isEqualTo(200);

    assertThat(in.read()).as("the server closes the idle connection").isEqualTo(-1);
  }

  @Test
  void aNewConnectionThatSendsNothingIsClosedAtTheHeaderTimeout() throws Exception {
    start(new RpcLimitsBuilder().httpHeaderTimeout(Duration.ofMillis(300)));
    Socket silent = hold("127.0.0.2", server.httpPort());

    assertThat(readToEnd(silent.getInputStream())).startsWith("HTTP/1.1 408");
  }

  private static String readToEnd(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
