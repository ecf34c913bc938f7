package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import io.coterie.node.rpc.server.RpcServer;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every token case on the HTTP port, over real sockets: /login with a Besu credentials file, then
 * valid, expired, wrongly signed, tampered, alg none, unknown-alg, malformed and missing tokens,
 * permissions per method and per batch entry, and methods opened without a token.
 */
class HttpAuthenticationTest {
  private static final String SHA3 = RpcClient.request(1, "web3_sha3", "0x");

  @TempDir Path dir;
  private final TestClock clock = new TestClock();
  private RpcServer server;
  private RpcServer other;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (other != null) {
      other.close();
    }
  }

  private RpcClient withCredentials(List<String> noAuth) throws Exception {
    EndpointAuthConfig endpoint =
        new EndpointAuthConfig(
            true,
            UserCredentials.load(AuthFixtures.credentialsFile(dir)),
            JwtPublicKey.none(),
            noAuth);
    server = AuthFixtures.start(AuthFixtures.both(endpoint), clock);
    return new RpcClient("http://127.0.0.1:" + server.httpPort());
  }

  private RpcClient withExternalKey(KeyPair pair, String algorithm) throws Exception {
    Path pem = ForgedTokens.writePublicKey(pair, dir.resolve("issuer.pem"));
    EndpointAuthConfig endpoint =
        new EndpointAuthConfig(
            true, UserCredentials.none(), JwtPublicKey.load(pem, algorithm), List.of());
    server = AuthFixtures.start(AuthFixtures.both(endpoint), clock);
    return new RpcClient("http://127.0.0.1:" + server.httpPort());
  }

  @Test
  void aTokenFromLoginCallsTheMethodsItsUserMay() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    String token = rpc.login("ops", AuthFixtures.OPS_PASSWORD);
    RpcClient.Reply reply = rpc.call(token, "web3_sha3", "0x");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("result").asText()).startsWith("0xc5d24601");
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSame401() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    for (String[] attempt : new String[][] {{"ops", "guess"}, {"nobody", "guess"}}) {
      RpcClient.Reply reply =
          rpc.post(
              "/login",
              "{\"username\":\"" + attempt[0] + "\",\"password\":\"" + attempt[1] + "\"}",
              null);
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.error().get("code").asInt()).isEqualTo(-40100);
      assertThat(reply.errorMessage())
          .isEqualTo("Unauthorized: unknown user or wrong password; check both and try again");
    }
  }

  @Test
  void noTokenIs401SayingHowToLogIn() throws Exception {
    RpcClient.Reply reply = withCredentials(List.of()).post("/", SHA3, null);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error().get("code").asInt()).isEqualTo(-40100);
    assertThat(reply.errorMessage())
        .isEqualTo(
            "Unauthorized: web3_sha3 needs a token; get one (POST /login with {\"username\","
                + " \"password\"}), then send Authorization: Bearer <token>");
  }

  @Test
  void anExpiredTokenIs401SayingToLogInAgain() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    String token = rpc.login("ops", AuthFixtures.OPS_PASSWORD);
    clock.advance(RpcAuthConfig.DEFAULT_TOKEN_LIFETIME.plusSeconds(1));
    RpcClient.Reply reply = rpc.post("/", SHA3, token);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorMessage())
        .startsWith("Unauthorized: token expired at ")
        .endsWith("; get a new one (POST /login with {\"username\", \"password\"})");
  }

  @Test
  void aTokenOfAnotherNodeOrATamperedOneDoesNotVerify() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    other =
        AuthFixtures.start(
            AuthFixtures.both(
                new EndpointAuthConfig(
                    true,
                    UserCredentials.load(dir.resolve("credentials.toml")),
                    JwtPublicKey.none(),
                    List.of())),
            clock);
    String foreign =
        new RpcClient("http://127.0.0.1:" + other.httpPort())
            .login("ops", AuthFixtures.OPS_PASSWORD);
    String tampered = ForgedTokens.tampered(rpc.login("reader", AuthFixtures.READER_PASSWORD));
    for (String token : List.of(foreign, tampered)) {
      RpcClient.Reply reply = rpc.post("/", SHA3, token);
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.errorMessage())
          .startsWith(
              "Unauthorized: token signature does not verify: it was not issued by this endpoint");
    }
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    String none =
        ForgedTokens.unsigned(
            ForgedTokens.claims(List.of("*:*"), Instant.now().plus(Duration.ofHours(1))));
    RpcClient.Reply reply = rpc.post("/", SHA3, none);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorMessage())
        .startsWith(
            "Unauthorized: unsigned token (alg none) refused; this endpoint accepts only the HS256"
                + " tokens it issued itself");
  }

  @Test
  void aTokenOfAnAlgorithmTheEndpointDoesNotUseIsRefused() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    var claims = ForgedTokens.claims(List.of("*:*"), Instant.now().plus(Duration.ofHours(1)));
    for (String token :
        List.of(
            ForgedTokens.hmac(JWSAlgorithm.HS512, claims),
            ForgedTokens.signed(JWSAlgorithm.RS256, ForgedTokens.rsa(), claims))) {
      RpcClient.Reply reply = rpc.post("/", SHA3, token);
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.errorMessage())
          .matches(
              "Unauthorized: token signed with (HS512|RS256) refused; this endpoint accepts"
                  + " only the HS256 tokens it issued itself; .*");
    }
  }

  @Test
  void aMalformedTokenIsRefused() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    for (String token : List.of("not-a-token", "a.b.c", "Zm9v")) {
      RpcClient.Reply reply = rpc.post("/", SHA3, token);
      assertThat(reply.status()).as(token).isEqualTo(401);
      assertThat(reply.errorMessage()).as(token).startsWith("Unauthorized: malformed token");
    }
  }

  @Test
  void aUserWithoutThePermissionGets40100NamingIt() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    String reader = rpc.login("reader", AuthFixtures.READER_PASSWORD);
    RpcClient.Reply reply = rpc.post("/", SHA3, reader);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.error().get("code").asInt()).isEqualTo(-40100);
    assertThat(reply.errorMessage())
        .isEqualTo(
            "Unauthorized: user 'reader' lacks permission web3:sha3 (it holds eth:blockNumber,"
                + " net:*); ask the node's operator for it");
  }

  @Test
  void permissionsHoldPerEntryOfABatch() throws Exception {
    RpcClient rpc = withCredentials(List.of());
    String reader = rpc.login("reader", AuthFixtures.READER_PASSWORD);
    String batch =
        "["
            + RpcClient.request(1, "net_version")
            + ","
            + RpcClient.request(2, "web3_clientVersion")
            + ","
            + RpcClient.request(3, "net_listening")
            + "]";
    RpcClient.Reply reply = rpc.post("/", batch, reader);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get(0).get("result").asText()).isEqualTo("1337");
    assertThat(reply.body().get(1).at("/error/code").asInt()).isEqualTo(-40100);
    assertThat(reply.body().get(2).get("result").asBoolean()).isTrue();
  }

  @Test
  void methodsNoAuthAnswerWithoutATokenAndTheRestIs401() throws Exception {
    RpcClient rpc = withCredentials(List.of("net_version"));
    RpcClient.Reply open = rpc.call(null, "net_version");
    assertThat(open.status()).isEqualTo(200);
    assertThat(open.body().get("result").asText()).isEqualTo("1337");

    String batch =
        "["
            + RpcClient.request(1, "net_version")
            + ","
            + SHA3.replace("\"id\":1", "\"id\":2")
            + "]";
    RpcClient.Reply mixed = rpc.post("/", batch, null);
    assertThat(mixed.status()).isEqualTo(401);
    assertThat(mixed.body().get(0).get("result").asText()).isEqualTo("1337");
    assertThat(mixed.body().get(1).at("/error/message").asText())
        .startsWith("Unauthorized: web3_sha3 needs a token; get one (POST /login");
  }

  @Test
  void externalRs256AndEs256TokensAreCheckedAgainstTheConfiguredKey() throws Exception {
    KeyPair issuer = ForgedTokens.rsa();
    RpcClient rpc = withExternalKey(issuer, "RS256");
    var valid = ForgedTokens.claims(List.of("web3:*"), Instant.now().plus(Duration.ofMinutes(5)));
    assertThat(rpc.post("/", SHA3, ForgedTokens.signed(JWSAlgorithm.RS256, issuer, valid)).status())
        .isEqualTo(200);

    RpcClient.Reply otherKey =
        rpc.post("/", SHA3, ForgedTokens.signed(JWSAlgorithm.RS256, ForgedTokens.rsa(), valid));
    assertThat(otherKey.status()).isEqualTo(401);
    assertThat(otherKey.errorMessage())
        .isEqualTo(
            "Unauthorized: token signature does not verify against the public key in "
                + dir.resolve("issuer.pem")
                + "; sign it with the matching private key");

    var stale = ForgedTokens.claims(List.of("web3:*"), Instant.now().minus(Duration.ofMinutes(1)));
    RpcClient.Reply expired =
        rpc.post("/", SHA3, ForgedTokens.signed(JWSAlgorithm.RS256, issuer, stale));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.errorMessage())
        .startsWith("Unauthorized: token expired at ")
        .endsWith("; get a new one (ask the issuer whose key this node trusts)");

    RpcClient.Reply login = rpc.post("/login", "{\"username\":\"ops\",\"password\":\"x\"}", null);
    assertThat(login.status()).isEqualTo(400);
    assertThat(login.errorMessage()).startsWith("this endpoint has no credentials file");
    server.close();

    KeyPair ec = ForgedTokens.ec();
    RpcClient es = withExternalKey(ec, "ES256");
    assertThat(es.post("/", SHA3, ForgedTokens.signed(JWSAlgorithm.ES256, ec, valid)).status())
        .isEqualTo(200);
    RpcClient.Reply rsOnEs =
        es.post("/", SHA3, ForgedTokens.signed(JWSAlgorithm.RS256, issuer, valid));
    assertThat(rsOnEs.status()).isEqualTo(401);
    assertThat(rsOnEs.errorMessage()).startsWith("Unauthorized: token signed with RS256 refused");
  }

  @Test
  void authenticationOffLeavesThePortOpen() {
    server = AuthFixtures.start(RpcAuthConfig.off(), clock);
    RpcClient rpc = new RpcClient("http://127.0.0.1:" + server.httpPort());
    assertThat(rpc.post("/", SHA3, null).status()).isEqualTo(200);
    assertThat(rpc.post("/login", "{}", null).status()).isEqualTo(400);
  }
}
