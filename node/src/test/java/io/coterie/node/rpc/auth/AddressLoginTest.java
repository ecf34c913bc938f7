package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;

/**
 * coterie_login against a real node: a challenge signed with personal_sign by web3j earns a token
 * whose methods follow the address's roles; a wrong signer, an expired, replayed or altered
 * challenge and an account without a role are refused with what to do.
 */
class AddressLoginTest {
  @TempDir Path dir;
  private final TestClock clock = new TestClock();
  private PartnerNode partner;

  @BeforeEach
  void start() {
    partner = new PartnerNode(dir, clock);
  }

  @AfterEach
  void stop() {
    partner.close();
  }

  private static String loginError(RpcClient.Reply reply) {
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().at("/error/code").asInt()).isEqualTo(-40100);
    return reply.errorMessage();
  }

  @Test
  void aSignedChallengeEarnsATokenThatCallsWhatTheRoleAllows() {
    Credentials shop = PartnerNode.account(1);
    RpcClient.Reply challenge = partner.rpc.call(null, "coterie_loginChallenge", shop.getAddress());
    String message = challenge.body().at("/result/message").asText();
    assertThat(message)
        .startsWith(
            "Log in to Coterie RPC\nAddress: "
                + Keys.toChecksumAddress(shop.getAddress())
                + "\nChain ID: 1337\nNonce: ");
    assertThat(challenge.body().at("/result/expiresAt").asText()).endsWith("Z");

    JsonNode login =
        partner.login(message, RpcClient.personalSign(message, shop)).body().get("result");
    // The devnet shop is also a sponsor of member requests.
    assertThat(login.get("roles"))
        .extracting(JsonNode::asText)
        .containsExactly("SHOP_ROLE", "SPONSOR_ROLE");
    String token = login.get("token").asText();

    RpcClient.Reply block = partner.rpc.call(token, "eth_blockNumber");
    assertThat(block.status()).isEqualTo(200);
    assertThat(block.body().get("result").asText()).startsWith("0x");
    assertThat(partner.rpc.call(null, "eth_blockNumber").status()).isEqualTo(401);
  }

  @Test
  void theHttpRoutesLogInToo() {
    Credentials farm = PartnerNode.account(2);
    RpcClient.Reply challenge = partner.rpc.get("/login/challenge?address=" + farm.getAddress());
    assertThat(challenge.status()).isEqualTo(200);
    String message = challenge.body().get("message").asText();
    var body =
        RpcClient.JSON
            .createObjectNode()
            .put("message", message)
            .put("signature", RpcClient.personalSign(message, farm));
    RpcClient.Reply login = partner.rpc.post("/login", body.toString(), null);
    assertThat(login.status()).isEqualTo(200);
    assertThat(
            partner
                .rpc
                .call(login.body().get("token").asText(), "net_version")
                .body()
                .get("result")
                .asText())
        .isEqualTo("1337");
  }

  @Test
  void aChallengeSignedByAnotherKeyIsRefused() {
    Credentials shop = PartnerNode.account(1);
    Credentials farm = PartnerNode.account(2);
    String message = partner.challenge(shop);
    assertThat(loginError(partner.login(message, RpcClient.personalSign(message, farm))))
        .isEqualTo(
            "login refused: the challenge is for "
                + Keys.toChecksumAddress(shop.getAddress())
                + " but was signed by "
                + Keys.toChecksumAddress(farm.getAddress())
                + "; sign it with the key of "
                + Keys.toChecksumAddress(shop.getAddress()));
  }

  @Test
  void anExpiredChallengeIsRefused() {
    Credentials shop = PartnerNode.account(1);
    String message = partner.challenge(shop);
    clock.advance(LoginChallenges.LIFETIME.plusSeconds(1));
    assertThat(loginError(partner.login(message, RpcClient.personalSign(message, shop))))
        .startsWith("login refused: the challenge expired at ")
        .endsWith("; ask for a new one and sign it within 5 minutes");
  }

  @Test
  void aChallengeLogsInOnce() {
    Credentials shop = PartnerNode.account(1);
    String message = partner.challenge(shop);
    String signature = RpcClient.personalSign(message, shop);
    assertThat(partner.login(message, signature).body().has("result")).isTrue();
    assertThat(loginError(partner.login(message, signature)))
        .isEqualTo(
            "login refused: this challenge was already used to log in; ask for a new one for each"
                + " login");
  }

  @Test
  void anAlteredOrForeignChallengeIsRefused() {
    Credentials shop = PartnerNode.account(1);
    String issued = partner.challenge(shop);
    String nonce = issued.replaceAll("(?s).*Nonce: ([0-9a-f]{32}).*", "$1");
    String altered =
        issued.replace(
            nonce, nonce.startsWith("0") ? "1" + nonce.substring(1) : "0" + nonce.substring(1));
    String invented =
        "Log in to Coterie RPC\nAddress: "
            + Keys.toChecksumAddress(shop.getAddress())
            + "\nChain ID: 1337\nNonce: "
            + "00".repeat(16)
            + "\nExpires: 2999-01-01T00:00:00Z\nTag: "
            + "ab".repeat(32);
    for (String message : new String[] {altered, invented}) {
      String error = loginError(partner.login(message, RpcClient.personalSign(message, shop)));
      assertThat(error)
          .isEqualTo(
              "login refused: the challenge was not issued by this endpoint or was altered; ask"
                  + " for a new one and sign it unchanged");
    }
    assertThat(loginError(partner.login("hello", RpcClient.personalSign("hello", shop))))
        .startsWith("login refused: the message is not a Coterie login challenge");
  }

  @Test
  void anAccountWithoutARoleGetsNoToken() throws Exception {
    Credentials stranger = Credentials.create(Keys.createEcKeyPair());
    String message = partner.challenge(stranger);
    assertThat(loginError(partner.login(message, RpcClient.personalSign(message, stranger))))
        .startsWith(
            "login refused: "
                + Keys.toChecksumAddress(stranger.getAddress())
                + " holds none of the roles this node serves (AUDITOR_ROLE, BRAND_ROLE,")
        .endsWith("ask an admin of the Roles precompile 0x…1000 to grant it one");
  }

  @Test
  void aTokenExpiresWithItsLifetime() {
    String token = partner.token(PartnerNode.account(1));
    clock.advance(Duration.ofMinutes(5));
    RpcClient.Reply reply = partner.rpc.call(token, "eth_blockNumber");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.errorMessage()).startsWith("Unauthorized: token expired at ");
  }
}
