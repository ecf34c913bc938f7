package io.coterie.node.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.support.DevKeys;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;

/**
 * The default role table over a real node: what each devnet role may call and what it is refused,
 * sending included (auditors never; farms and inspectors to provenance only), members' consent
 * reads limited to themselves, and a role revoked on chain counting from the next request.
 */
class RolePermissionsTest {
  private static final int ADMIN = 0;
  private static final int SHOP = 1;
  private static final int FARM = 2;
  private static final int AUDITOR = 3;
  private static final int MEMBER = 4;
  private static final int OTHER_MEMBER = 5;
  private static final int INSPECTOR = 10;
  private static final String PROVENANCE = "0x0000000000000000000000000000000000001004";
  private static final String CONSENT = "0x0000000000000000000000000000000000001005";
  private static final Address SINK = Address.fromHex("0x00000000000000000000000000000000000000aa");

  @TempDir Path dir;
  private final TestClock clock = new TestClock();
  private PartnerNode partner;
  private final Map<Integer, String> tokens = new TreeMap<>();

  @BeforeEach
  void start() {
    partner = new PartnerNode(dir, clock);
    for (int account : List.of(ADMIN, SHOP, FARM, AUDITOR, MEMBER, INSPECTOR)) {
      tokens.put(account, partner.token(PartnerNode.account(account)));
    }
  }

  @AfterEach
  void stop() {
    partner.close();
  }

  private RpcClient.Reply call(int account, String method, Object... params) {
    return partner.rpc.call(tokens.get(account), method, params);
  }

  private boolean refused(int account, String method, Object... params) {
    RpcClient.Reply reply = call(account, method, params);
    assertThat(reply.status()).isEqualTo(200);
    return reply.body().at("/error/code").asInt() == -40100;
  }

  private static String raw(int account, Address to, String data) {
    return raw(account, 0, to, data);
  }

  private static String raw(int account, long nonce, Address to, String data) {
    Transaction tx =
        DevKeys.call(
            DevKeys.account(account),
            nonce,
            to,
            BigInteger.ZERO,
            Bytes.of(Data.decode(data)),
            300_000);
    return Data.encode(TransactionCodec.encode(tx));
  }

  private static String hasConsent(int member, int merchant) {
    return FunctionEncoder.encode(
        new Function(
            "hasConsent",
            List.of(
                new org.web3j.abi.datatypes.Address(DevKeys.address(member).toHex()),
                new org.web3j.abi.datatypes.Address(DevKeys.address(merchant).toHex()),
                new Bytes32(Hash.sha3("marketing".getBytes()))),
            List.of()));
  }

  private static Map<String, String> consentCall(String data) {
    return Map.of("to", CONSENT, "data", data);
  }

  @Test
  void everyRoleReadsTheChainAndTheProvenanceView() {
    for (int account : tokens.keySet()) {
      for (String method :
          List.of("eth_blockNumber", "eth_chainId", "net_version", "web3_clientVersion")) {
        assertThat(call(account, method).body().has("result"))
            .as("%d %s", account, method)
            .isTrue();
      }
      assertThat(refused(account, "provenance_getTrace", "0x" + "00".repeat(32))).isFalse();
    }
  }

  @Test
  void thePoolAndQbftReadsAreForBrandsAndAuditorsAndVotesForNoRole() {
    for (int account : List.of(ADMIN, AUDITOR)) {
      assertThat(call(account, "txpool_status").body().has("result")).isTrue();
      assertThat(call(account, "qbft_getValidatorsByBlockNumber", "latest").body().has("result"))
          .isTrue();
    }
    for (int account : List.of(SHOP, FARM, MEMBER, INSPECTOR)) {
      assertThat(refused(account, "txpool_status")).as("%d", account).isTrue();
      assertThat(refused(account, "qbft_getValidatorsByBlockNumber", "latest")).isTrue();
    }
    for (int account : tokens.keySet()) {
      assertThat(refused(account, "qbft_proposeValidatorVote", SINK.toHex(), true))
          .as("%d", account)
          .isTrue();
    }
    assertThat(call(MEMBER, "txpool_status").errorMessage())
        .startsWith(
            "Unauthorized: "
                + DevKeys.address(MEMBER).toHex()
                + " (MEMBER_ROLE) lacks permission txpool:status (it holds eth:*, net:*,"
                + " provenance:*, web3:*)");
  }

  @Test
  void anAuditorsTransactionIsRefusedAtTheRpc() {
    RpcClient.Reply reply = call(AUDITOR, "eth_sendRawTransaction", raw(AUDITOR, SINK, "0x"));
    assertThat(reply.body().at("/error/code").asInt()).isEqualTo(-40100);
    assertThat(reply.errorMessage())
        .isEqualTo(
            "Unauthorized: "
                + DevKeys.address(AUDITOR).toHex()
                + " (AUDITOR_ROLE) may not send transactions: AUDITOR_ROLE is read-only (auditors"
                + " read, they never transact); send from another account");
  }

  @Test
  void farmsAndInspectorsSendToProvenanceOnly() {
    Address provenance = Address.fromHex(PROVENANCE);
    for (int account : List.of(FARM, INSPECTOR)) {
      RpcClient.Reply toProvenance =
          call(account, "eth_sendRawTransaction", raw(account, provenance, "0x12345678"));
      assertThat(toProvenance.body().get("result").asText()).as("%d", account).startsWith("0x");
      RpcClient.Reply elsewhere = call(account, "eth_sendRawTransaction", raw(account, SINK, "0x"));
      assertThat(elsewhere.errorMessage())
          .isEqualTo(
              "Unauthorized: "
                  + DevKeys.address(account).toHex()
                  + " ("
                  + (account == FARM ? "FARM_ROLE" : "INSPECTOR_ROLE")
                  + ") may send transactions only to "
                  + PROVENANCE
                  + ", not to "
                  + SINK.toHex()
                  + "; a farm or an inspector records provenance (0x…1004) and nothing else");
    }
    for (int account : List.of(SHOP, MEMBER)) {
      assertThat(
              call(account, "eth_sendRawTransaction", raw(account, SINK, "0x"))
                  .body()
                  .get("result"))
          .as("%d", account)
          .isNotNull();
    }
  }

  @Test
  void aMemberReadsConsentRecordsOnlyAboutItself() {
    String own = hasConsent(MEMBER, SHOP);
    String others = hasConsent(OTHER_MEMBER, SHOP);
    assertThat(call(MEMBER, "eth_call", consentCall(own), "latest").body().get("result").asText())
        .isEqualTo("0x" + "0".repeat(64));
    RpcClient.Reply refusal = call(MEMBER, "eth_call", consentCall(others), "latest");
    assertThat(refusal.errorMessage())
        .isEqualTo(
            "Unauthorized: "
                + DevKeys.address(MEMBER).toHex()
                + " (MEMBER_ROLE) may read consent records only about itself, not about "
                + DevKeys.address(OTHER_MEMBER).toHex()
                + "; pass your own address as the member");
    assertThat(refused(MEMBER, "eth_estimateGas", consentCall(others))).isTrue();
    assertThat(refused(MEMBER, "eth_getStorageAt", CONSENT, "0x0", "latest")).isTrue();
    assertThat(refused(MEMBER, "eth_getLogs", Map.of())).isTrue();
    assertThat(refused(MEMBER, "eth_getLogs", Map.of("address", CONSENT))).isTrue();
    String self = "0x" + "0".repeat(24) + DevKeys.address(MEMBER).toHex().substring(2);
    java.util.List<Object> topics = new java.util.ArrayList<>();
    topics.add(null);
    topics.add(self);
    assertThat(refused(MEMBER, "eth_getLogs", Map.of("address", CONSENT, "topics", topics)))
        .isFalse();
    assertThat(
            refused(
                MEMBER,
                "eth_getLogs",
                Map.of("address", "0x0000000000000000000000000000000000002000")))
        .isFalse();

    assertThat(call(SHOP, "eth_call", consentCall(others), "latest").body().has("result")).isTrue();
    assertThat(refused(SHOP, "eth_getStorageAt", CONSENT, "0x0", "latest")).isFalse();
    assertThat(refused(AUDITOR, "eth_getLogs", Map.of())).isFalse();
  }

  @Test
  void refusalsHoldPerEntryOfABatch() {
    String batch =
        "["
            + RpcClient.request(1, "eth_blockNumber")
            + ","
            + RpcClient.request(2, "txpool_status")
            + "]";
    RpcClient.Reply reply = partner.rpc.post("/", batch, tokens.get(MEMBER));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get(0).has("result")).isTrue();
    assertThat(reply.body().get(1).at("/error/code").asInt()).isEqualTo(-40100);
  }

  @Test
  void aRoleRevokedOnChainCountsFromTheNextRequest() {
    assertThat(call(SHOP, "eth_blockNumber").body().has("result")).isTrue();
    // The devnet shop is also a sponsor (member relayer): both roles go.
    revoke("SPONSOR_ROLE", 0);
    revoke("SHOP_ROLE", 1);

    RpcClient.Reply after = call(SHOP, "eth_blockNumber");
    assertThat(after.errorMessage())
        .isEqualTo(
            "Unauthorized: "
                + DevKeys.address(SHOP).toHex()
                + " (no role) lacks permission eth:blockNumber (it holds none); ask the node's"
                + " operator for it");
    Credentials shop = PartnerNode.account(SHOP);
    String message = partner.challenge(shop);
    assertThat(partner.login(message, RpcClient.personalSign(message, shop)).errorMessage())
        .contains("holds none of the roles this node serves");
  }

  private void revoke(String role, long nonce) {
    String revoke =
        FunctionEncoder.encode(
            new Function(
                "revokeRole",
                List.of(
                    new Bytes32(Hash.sha3(role.getBytes())),
                    new org.web3j.abi.datatypes.Address(DevKeys.address(SHOP).toHex())),
                List.of()));
    Address roles = Address.fromHex("0x0000000000000000000000000000000000001000");
    String hash =
        call(ADMIN, "eth_sendRawTransaction", raw(ADMIN, nonce, roles, revoke))
            .body()
            .get("result")
            .asText();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !call(ADMIN, "eth_getTransactionReceipt", hash).body().get("result").isNull());
    JsonNode receipt = call(ADMIN, "eth_getTransactionReceipt", hash).body().get("result");
    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
  }
}
