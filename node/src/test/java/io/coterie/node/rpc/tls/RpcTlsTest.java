package io.coterie.node.rpc.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.net.NetVersion;
import io.coterie.node.rpc.server.RpcServer;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * TLS on both ports with real TLS clients (java.net.http, and web3j's HttpService over OkHttp):
 * server certificates, and client certificates accepted by the known-clients file and refused
 * without one or with an unknown one.
 */
class RpcTlsTest {
  private static final String NET_VERSION =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"}";

  @TempDir Path dir;
  private Path server;
  private Path partner;
  private Path stranger;
  private Path password;
  private RpcServer rpc;

  @BeforeEach
  void keystores() throws Exception {
    server = Keystores.create(dir, "localhost");
    partner = Keystores.create(dir, "partner");
    stranger = Keystores.create(dir, "stranger");
    password = Keystores.passwordFile(dir);
  }

  @AfterEach
  void stop() {
    if (rpc != null) {
      rpc.close();
    }
  }

  private void start(TlsEndpointConfig tls) {
    MethodRegistry registry = new MethodRegistry(List.of("net"));
    registry.register(new NetVersion(BigInteger.valueOf(1337)));
    rpc =
        RpcServer.start(
            RpcServerConfig.defaults()
                .withHttp(true, "127.0.0.1", 0)
                .withWs(true, "127.0.0.1", 0)
                .withTls(new RpcTlsConfig(tls, tls)),
            registry,
            new SubscriptionHub());
  }

  private Path knownClients() throws Exception {
    return Files.writeString(
        dir.resolve("known-clients"),
        "# name fingerprint\n" + Keystores.knownClientLine(partner, "partner") + "\n");
  }

  private HttpResponse<String> post(SSLContext context) throws Exception {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context).build();
    return client.send(
        HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + rpc.httpPort() + "/"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(NET_VERSION))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void httpsAnswersAClientThatTrustsTheServerCertificate() throws Exception {
    start(TlsEndpointConfig.on(server, password));
    HttpResponse<String> response = post(Keystores.client(server, null));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"1337\"}");

    OkHttpClient ok =
        new OkHttpClient.Builder()
            .sslSocketFactory(
                Keystores.client(server, null).getSocketFactory(), Keystores.trust(server))
            .build();
    Web3j web3j = Web3j.build(new HttpService("https://127.0.0.1:" + rpc.httpPort() + "/", ok));
    try {
      assertThat(web3j.netVersion().send().getNetVersion()).isEqualTo("1337");
    } finally {
      web3j.shutdown();
    }
  }

  @Test
  void plainHttpOnATlsPortGetsNoAnswer() {
    start(TlsEndpointConfig.on(server, password));
    HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertThatThrownBy(
            () ->
                plain.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rpc.httpPort() + "/"))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(NET_VERSION))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aKnownClientCertificateIsAcceptedAndNoneOrAnUnknownOneRefused() throws Exception {
    start(TlsEndpointConfig.on(server, password).requiringClients(knownClients(), false));
    assertThat(post(Keystores.client(server, partner)).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> post(Keystores.client(server, null))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> post(Keystores.client(server, stranger)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aSelfSignedClientIsNoCaClient() throws Exception {
    start(TlsEndpointConfig.on(server, password).requiringClients(null, true));
    assertThatThrownBy(() -> post(Keystores.client(server, partner)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void wssWithAClientCertificate() throws Exception {
    start(TlsEndpointConfig.on(server, password).requiringClients(knownClients(), false));
    CompletableFuture<String> answer = new CompletableFuture<>();
    WebSocket socket =
        HttpClient.newBuilder()
            .sslContext(Keystores.client(server, partner))
            .build()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create("wss://127.0.0.1:" + rpc.wsPort() + "/"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    answer.complete(data.toString());
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    socket.sendText(NET_VERSION, true).get(10, TimeUnit.SECONDS);
    assertThat(answer.get(10, TimeUnit.SECONDS))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"1337\"}");
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");

    assertThatThrownBy(
            () ->
                HttpClient.newBuilder()
                    .sslContext(Keystores.client(server, stranger))
                    .build()
                    .newWebSocketBuilder()
                    .buildAsync(
                        URI.create("wss://127.0.0.1:" + rpc.wsPort() + "/"),
                        new WebSocket.Listener() {})
                    .get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void aWrongKeystorePasswordFailsTheStartNamingTheFiles() throws Exception {
    Path wrong = Files.writeString(dir.resolve("wrong.password"), "nope");
    assertThatThrownBy(() -> start(TlsEndpointConfig.on(server, wrong)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot open the TLS keystore " + server)
        .hasMessageEndingWith("it must be PKCS12 and open with the password in " + wrong);
  }
}
