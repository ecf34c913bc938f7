package io.coterie.node.compat;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.devnet.DevPasskey;
import io.coterie.node.compat.web3j.Governor;
import io.coterie.node.compat.web3j.MembershipCard;
import io.coterie.node.compat.web3j.MembershipCards;
import io.coterie.node.support.SoftwareAuthenticator;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/**
 * A member with only a passkey, end to end on a running devnet: a software authenticator (the
 * published devnet passkey, PKCS#8 in the JDK) signs WebAuthn assertions as a browser at {@code
 * http://localhost:8545} would, and the relayer RPC over real HTTP creates an account, moves
 * points, casts a governor vote and buys a drop as the genesis passkey account; a replayed request
 * comes back as a JSON-RPC error with the member-facing reason.
 */
class MemberRelayerEndToEndTest extends DevnetWeb3jTest {
  private static final String ORIGIN = "http://localhost:8545";
  private static final String ACCOUNTS = "0x0000000000000000000000000000000000001008";
  private static final String POINTS = "0x0000000000000000000000000000000000002000";
  private static final String CARDS = "0x0000000000000000000000000000000000003000";
  private static final String GOVERNOR = "0x0000000000000000000000000000000000001003";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigInteger CPT = BigInteger.TEN.pow(18);

  private final HttpClient http = HttpClient.newHttpClient();
  private final SoftwareAuthenticator passkey = new SoftwareAuthenticator(DevPasskey.pkcs8Base64());
  private final String member = DevPasskey.ACCOUNT_ADDRESS.toHex();

  @Test
  void aPasskeyMemberCreatesAnAccountMovesPointsVotesAndBuysADropThroughTheRelayer()
      throws Exception {
    createsAnAccountForANewPasskey();

    String friend = account(4).getAddress();
    BigInteger before = uint(call(POINTS, fn("balanceOf", new Address(friend))));
    send(POINTS, fn("transfer", new Address(friend), new Uint256(CPT.multiply(BigInteger.TEN))));
    assertThat(uint(call(POINTS, fn("balanceOf", new Address(member)))))
        .isEqualTo(CPT.multiply(BigInteger.valueOf(990)));
    assertThat(uint(call(POINTS, fn("balanceOf", new Address(friend)))))
        .isEqualTo(before.add(CPT.multiply(BigInteger.TEN)));

    votes();
    buysADrop();
    aReplayedRequestIsRefusedWithItsReason();
  }

  private void createsAnAccountForANewPasskey() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(new ECGenParameterSpec("secp256r1"));
    ECPublicKey pub = (ECPublicKey) gen.generateKeyPair().getPublic();
    ObjectNode params = JSON.createObjectNode();
    params.put("x", Numeric.toHexStringWithPrefixZeroPadded(pub.getW().getAffineX(), 64));
    params.put("y", Numeric.toHexStringWithPrefixZeroPadded(pub.getW().getAffineY(), 64));
    params.put("salt", "0x7");
    params.put("credentialId", "0x0102030405");
    JsonNode created = result(rpc("coterie_createMemberAccount", params));
    mined(created.get("transactionHash").asText());
    String account = created.get("account").asText();
    String expected =
        call(
            ACCOUNTS,
            fn(
                "accountOf",
                new Bytes32(Numeric.hexStringToByteArray(params.get("x").asText())),
                new Bytes32(Numeric.hexStringToByteArray(params.get("y").asText())),
                new Uint256(7)));
    assertThat("0x" + expected.substring(expected.length() - 40)).isEqualTo(account);
    assertThat(call(ACCOUNTS, fn("credentialsOf", new Address(account)))).contains("0102030405");
  }

  private void votes() throws Exception {
    MembershipCard cards =
        MembershipCard.load(CARDS, client.web3(), client.manager(0), Web3jClient.gas());
    ok(cards.mint(member, BigInteger.ONE).send());
    send(CARDS, fn("delegate", new Address(member)));
    Governor proposer =
        Governor.load(GOVERNOR, client.web3(), client.manager(4), Web3jClient.gas());
    byte[] signal = Numeric.hexStringToByteArray(fn("nonceOf", new Address(member)));
    BigInteger id =
        Governor.getProposalCreatedEvents(
                proposer
                    .propose(List.of(ACCOUNTS), List.of(BigInteger.ZERO), List.of(signal), "Signal")
                    .send())
            .get(0)
            .proposalId;
    BigInteger snapshot = proposer.proposalSnapshot(id).send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> BigInteger.valueOf(client.blockNumber()).compareTo(snapshot) > 0);
    send(GOVERNOR, fn("castVote", new Uint256(id), new Uint8(1)));
    assertThat(proposer.hasVoted(id, member).send()).isTrue();
    assertThat(proposer.proposalVotes(id).send().component2()).isEqualTo(BigInteger.ONE);
  }

  private void buysADrop() throws Exception {
    MembershipCards registry =
        MembershipCards.load(
            "0x0000000000000000000000000000000000001002",
            client.web3(),
            client.manager(0),
            Web3jClient.gas());
    BigInteger items =
        MembershipCards.getCollectionCreatedEvents(
                registry
                    .createCollection("Passkey Tee", "TEE", "https://tee.example/", false)
                    .send())
            .get(0)
            .id;
    long now = client.latestTimestamp();
    BigInteger price = CPT.multiply(BigInteger.valueOf(100));
    MembershipCard cards =
        MembershipCard.load(CARDS, client.web3(), client.manager(0), Web3jClient.gas());
    BigInteger dropId =
        MembershipCard.getDropCreatedEvents(
                cards
                    .createDrop(
                        BigInteger.valueOf(now),
                        BigInteger.valueOf(now + 3600),
                        BigInteger.valueOf(3),
                        items,
                        BigInteger.ZERO,
                        price)
                    .send())
            .get(0)
            .dropId;
    send(POINTS, fn("approve", new Address(CARDS), new Uint256(price)));
    send(CARDS, fn("buy", new Uint256(dropId)));
    String itemCollection =
        Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(0x3000).add(items), 40);
    assertThat(uint(call(itemCollection, fn("balanceOf", new Address(member))))).isOne();
    assertThat(uint(call(POINTS, fn("balanceOf", new Address(member)))))
        .isEqualTo(CPT.multiply(BigInteger.valueOf(890)));
  }

  private void aReplayedRequestIsRefusedWithItsReason() throws Exception {
    BigInteger nonce = uint(call(ACCOUNTS, fn("nonceOf", new Address(member))));
    ObjectNode stale =
        request(POINTS, fn("balanceOf", new Address(member)), nonce.subtract(BigInteger.ONE));
    JsonNode error = rpc("coterie_sendMemberRequest", stale).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(3);
    assertThat(error.get("data").get("error").asText()).isEqualTo("WrongNonce");
    assertThat(error.get("data").get("args").get(0).asText()).isEqualToIgnoringCase(member);
    assertThat(error.get("data").get("reason").asText()).contains("try again");
  }

  /** Signs and sends one request as the passkey member, and waits for it to succeed. */
  private void send(String target, String data) throws Exception {
    BigInteger nonce = uint(call(ACCOUNTS, fn("nonceOf", new Address(member))));
    JsonNode response = rpc("coterie_sendMemberRequest", request(target, data, nonce));
    mined(result(response).get("transactionHash").asText());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                uint(call(ACCOUNTS, fn("nonceOf", new Address(member))))
                    .equals(nonce.add(BigInteger.ONE)));
  }

  private ObjectNode request(String target, String data, BigInteger nonce) throws Exception {
    BigInteger deadline = BigInteger.valueOf(client.latestTimestamp() + 600);
    byte[] hash =
        Numeric.hexStringToByteArray(
            call(
                ACCOUNTS,
                fn(
                    "requestHash",
                    new Address(member),
                    new Address(target),
                    new DynamicBytes(Numeric.hexStringToByteArray(data)),
                    new Uint256(nonce),
                    new Uint256(deadline))));
    SoftwareAuthenticator.Assertion a = passkey.get(hash, ORIGIN, DevPasskey.RP_ID);
    ObjectNode assertion = JSON.createObjectNode();
    assertion.put(
        "keyId",
        io.coterie.chaincode.members.MemberAccountAddress.keyId(DevPasskey.X, DevPasskey.Y)
            .toHex());
    assertion.put("authenticatorData", a.authenticatorData());
    assertion.put("clientDataJSON", a.clientDataJson());
    assertion.put("r", a.r());
    assertion.put("s", a.s());
    ObjectNode params = JSON.createObjectNode();
    params.put("account", member);
    params.put("target", target);
    params.put("data", data);
    params.put("nonce", "0x" + nonce.toString(16));
    params.put("deadline", "0x" + deadline.toString(16));
    params.set("assertion", assertion);
    return params;
  }

  private void mined(String hash) {
    JsonNode receipt =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> rpc("eth_getTransactionReceipt", JSON.valueToTree(hash)).get("result"),
                r -> r != null && !r.isNull());
    assertThat(receipt.get("status").asText()).as("%s", receipt).isEqualTo("0x1");
  }

  private String call(String to, String data) throws Exception {
    ObjectNode tx = JSON.createObjectNode();
    tx.put("to", to);
    tx.put("data", data);
    JsonNode response = rpc("eth_call", tx, JSON.valueToTree("latest"));
    return result(response).asText();
  }

  private JsonNode rpc(String method, JsonNode... params) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("jsonrpc", "2.0");
    body.put("id", 1);
    body.put("method", method);
    body.set("params", JSON.valueToTree(List.of(params)));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(node.httpUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private static JsonNode result(JsonNode response) {
    assertThat(response.has("error")).as("%s", response).isFalse();
    return response.get("result");
  }

  @SuppressWarnings("rawtypes")
  private static String fn(String name, Type... args) {
    return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
  }

  private static BigInteger uint(String hex) {
    return Numeric.toBigInt(hex.substring(0, 66));
  }
}
