package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import io.coterie.node.rpc.server.RpcServer;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every token case on the WebSocket port: the upgrade carries the token (Authorization header or
 * ?token=) and is refused with 401 and what to do when it is missing, malformed, unsigned, wrongly
 * signed or expired; permissions hold per message; the connection closes when its token expires.
 */
class WebSocketAuthenticationTest {
  private static final String SHA3 = RpcClient.request(1, "web3_sha3", "0x");

  @TempDir Path dir;
  private final TestClock clock = new TestClock();
  private final KeyPair issuer = ForgedTokens.rsa();
  private RpcServer server;
  private RpcClient http;

  @BeforeEach
  void start() throws Exception {
    EndpointAuthConfig endpoint =
        new EndpointAuthConfig(
            true,
            UserCredentials.load(AuthFixtures.credentialsFile(dir)),
            JwtPublicKey.none(),
            List.of());
    server = AuthFixtures.start(AuthFixtures.both(endpoint), clock);
    http = new RpcClient("http://127.0.0.1:" + server.wsPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String ws() {
    return "ws://127.0.0.1:" + server.wsPort() + "/";
  }

  @Test
  void theWebSocketPortHasItsOwnLoginAndAcceptsTheTokenInTheHeaderOrTheQuery() {
    String token = http.login("ops", AuthFixtures.OPS_PASSWORD);
    try (WsClient header = new WsClient(ws(), "Bearer " + token)) {
      assertThat(header.call(SHA3).get("result").asText()).startsWith("0xc5d24601");
    }
    try (WsClient query = new WsClient(ws() + "?token=" + token, null)) {
      assertThat(query.call(SHA3).get("result").asText()).startsWith("0xc5d24601");
    }
  }

  @Test
  void aTokenOfTheHttpPortIsNoTokenHere() throws Exception {
    String httpToken =
        new RpcClient("http://127.0.0.1:" + server.httpPort())
            .login("ops", AuthFixtures.OPS_PASSWORD);
    assertThat(WsClient.rawUpgrade(server.wsPort(), "/", "Bearer " + httpToken))
        .startsWith("HTTP/1.1 401")
        .contains("token signature does not verify: it was not issued by this endpoint");
  }

  @Test
  void refusedUpgradesAre401WithWhatToDo() throws Exception {
    var future = ForgedTokens.claims(List.of("*:*"), Instant.now().plus(Duration.ofHours(1)));
    String expired = http.login("ops", AuthFixtures.OPS_PASSWORD);
    String[][] cases = {
      {null, "Unauthorized: this endpoint needs a token; get one (POST /login"},
      {"Bearer not-a-token", "Unauthorized: malformed token"},
      {
        "Bearer " + ForgedTokens.unsigned(future), "Unauthorized: unsigned token (alg none) refused"
      },
      {
        "Bearer " + ForgedTokens.signed(JWSAlgorithm.RS256, issuer, future),
        "Unauthorized: token signed with RS256 refused"
      },
      {
        "Bearer " + ForgedTokens.tampered(http.login("reader", AuthFixtures.READER_PASSWORD)),
        "Unauthorized: token signature does not verify"
      },
    };
    for (String[] c : cases) {
      assertThat(WsClient.rawUpgrade(server.wsPort(), "/", c[0]))
          .as(c[1])
          .startsWith("HTTP/1.1 401")
          .contains("\"code\":-40100")
          .contains(c[1]);
    }
    clock.advance(RpcAuthConfig.DEFAULT_TOKEN_LIFETIME);
    assertThat(WsClient.rawUpgrade(server.wsPort(), "/?token=" + expired, null))
        .startsWith("HTTP/1.1 401")
        .contains("Unauthorized: token expired at");
  }

  @Test
  void aMessageForAMethodWithoutPermissionGets40100AndTheConnectionStays() {
    String reader = http.login("reader", AuthFixtures.READER_PASSWORD);
    try (WsClient ws = new WsClient(ws(), "Bearer " + reader)) {
      JsonNode refused = ws.call(SHA3);
      assertThat(refused.at("/error/code").asInt()).isEqualTo(-40100);
      assertThat(refused.at("/error/message").asText())
          .isEqualTo(
              "Unauthorized: user 'reader' lacks permission web3:sha3 (it holds eth:blockNumber,"
                  + " net:*); ask the node's operator for it");
      assertThat(ws.call(RpcClient.request(2, "net_version")).get("result").asText())
          .isEqualTo("1337");
    }
  }

  @Test
  void theConnectionClosesWhenItsTokenExpires() {
    String token = http.login("ops", AuthFixtures.OPS_PASSWORD);
    try (WsClient ws = new WsClient(ws(), "Bearer " + token)) {
      assertThat(ws.call(SHA3).has("result")).isTrue();
      clock.advance(RpcAuthConfig.DEFAULT_TOKEN_LIFETIME);
      ws.send(SHA3);
      assertThat(ws.awaitClose()).isEqualTo(1008);
    }
  }
}
