package io.coterie.node.rpc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.genesis.devnet.DevPasskey;
import io.coterie.node.compat.web3j.Governor;
import io.coterie.node.compat.web3j.LoyaltyToken;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.NodeScript;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.utils.Numeric;

/**
 * The member page in a real headless browser (Debian's chromium, driven by puppeteer-core from
 * {@code scripts/browser/member-page.mjs}) with the DevTools virtual authenticator as the member's
 * passkey. The page is opened at {@code http://localhost:PORT} (WebAuthn refuses IP addresses as
 * relying-party ids). Screenshots go to {@code target/member-page*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberPageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MEMBER_ACCOUNTS = "0x0000000000000000000000000000000000001008";
  private static final String POINTS = "0x0000000000000000000000000000000000002000";
  private static final String CARDS = "0x0000000000000000000000000000000000003000";
  private static final String GOVERNOR = "0x0000000000000000000000000000000000001003";
  private static final BigInteger CPT = BigInteger.TEN.pow(18);

  private Path dataDir;
  private TestNode node;
  private Web3jClient client;

  /** Sends a call as devnet account {@code from} and waits until it succeeded. */
  private void send(int from, String to, Function function) throws Exception {
    String hash =
        client
            .manager(from)
            .sendTransaction(
                BigInteger.ZERO,
                Web3jClient.GAS_LIMIT,
                to,
                FunctionEncoder.encode(function),
                BigInteger.ZERO)
            .getTransactionHash();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                client
                    .web3()
                    .ethGetTransactionReceipt(hash)
                    .send()
                    .getTransactionReceipt()
                    .isPresent());
    assertThat(
            client
                .web3()
                .ethGetTransactionReceipt(hash)
                .send()
                .getTransactionReceipt()
                .get()
                .isStatusOK())
        .as("%s succeeded", function.getName())
        .isTrue();
  }

  /** How many passkeys account 0x…1008 lists for {@code account}. */
  @SuppressWarnings("rawtypes")
  private int keyCount(String account) throws Exception {
    Function credentials =
        new Function(
            "credentialsOf",
            List.of(new Address(account)),
            List.of(
                new TypeReference<DynamicArray<DynamicBytes>>() {},
                new TypeReference<DynamicArray<Bytes32>>() {}));
    String answer =
        client
            .web3()
            .ethCall(
                Transaction.createEthCallTransaction(
                    account, MEMBER_ACCOUNTS, FunctionEncoder.encode(credentials)),
                DefaultBlockParameterName.LATEST)
            .send()
            .getValue();
    List<Type> decoded = FunctionReturnDecoder.decode(answer, credentials.getOutputParameters());
    return ((DynamicArray) decoded.get(1)).getValue().size();
  }

  private BigInteger points(String account) throws Exception {
    return LoyaltyToken.load(POINTS, client.web3(), client.manager(0), Web3jClient.gas())
        .balanceOf(account)
        .send();
  }

  @BeforeAll
  void start() throws Exception {
    dataDir = Files.createTempDirectory("member-browser");
    // one-second blocks: the devnet's voting period (20 blocks) outlasts signing in and sending
    node = TestNode.devnetWithWebListener(dataDir, 5 * 1024 * 1024, 1_000);
    client = new Web3jClient(node);
    // the brand allows the page's origin (the devnet allows only the default ports)
    send(
        0,
        MEMBER_ACCOUNTS,
        new Function(
            "setAllowedOrigin", List.of(new Utf8String(node.webUrl()), new Bool(true)), List.of()));
  }

  @AfterAll
  void stop() throws Exception {
    client.close();
    node.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String screenshot(String name) {
    return Path.of("target", name).toAbsolutePath().toString();
  }

  /** Runs the steps in chromium; what the page showed. */
  private static JsonNode drive(List<Map<String, Object>> steps) throws Exception {
    Path file = Files.createTempFile("member-steps", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(steps));
      String output =
          NodeScript.in("browser", "puppeteer-core").output("member-page.mjs", file.toString());
      String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
      JsonNode result = JSON.readTree(line.substring("RESULT ".length()));
      assertThat(result.get("external")).as("requests outside the node").isEmpty();
      assertThat(result.get("errors")).as("page errors").isEmpty();
      return result;
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aNewPasskeyCreatesAnAccountThroughTheRelayer() throws Exception {
    JsonNode result =
        drive(
            List.of(
                Map.of("do", "open", "url", node.webUrl() + "/member", "phone", true),
                Map.of("do", "read"),
                Map.of("do", "fill", "id", "display-name", "value", "Ada"),
                Map.of("do", "submit", "id", "create-form"),
                Map.of("do", "read"),
                Map.of("do", "screenshot", "path", screenshot("member-page-register.png"))));

    JsonNode before = result.get("readings").get(0);
    assertThat(before.get("title").asText()).isEqualTo("Member account");
    assertThat(before.get("signedIn").asBoolean()).isFalse();
    assertThat(before.get("scrollWidth").asInt())
        .isLessThanOrEqualTo(before.get("viewportWidth").asInt());
    assertThat(result.get("credentials").asInt()).as("passkeys on the authenticator").isEqualTo(1);
    JsonNode after = result.get("readings").get(1);
    assertThat(after.get("status").asText()).matches("Your account 0x[0-9a-fA-F]{40} is ready\\.");
    assertThat(after.get("statusState").asText()).isEqualTo("ok");
    assertThat(after.get("signedIn").asBoolean()).isTrue();
    assertThat(after.get("balance").asText()).isEqualTo("0 CPT");
    String account = after.get("address").asText();
    assertThat(keyCount(account)).as("the account on chain, with the passkey's key").isEqualTo(1);
  }

  @Test
  void theDevnetMemberSeesItsPointsSendsTenAndVotes() throws Exception {
    String account = DevPasskey.ACCOUNT_ADDRESS.toHex();
    String friend = DevKeys.address(5).toHex();
    BigInteger friendBefore = points(friend);
    // a card for the member (votes count from the proposal's snapshot), then member #4 proposes
    send(0, CARDS, new Function("mint", List.of(new Address(account), new Uint8(1)), List.of()));
    Governor governor =
        Governor.load(GOVERNOR, client.web3(), client.manager(4), Web3jClient.gas());
    List<String> targets = List.of(POINTS);
    List<BigInteger> values = List.of(BigInteger.ZERO);
    List<byte[]> calls = List.of(Numeric.hexStringToByteArray("0x06fdde03")); // name()
    String description = "Member page: a vote from a passkey";
    governor.propose(targets, values, calls, description).send();
    BigInteger proposal =
        governor
            .hashProposal(
                targets, values, calls, Hash.sha3(description.getBytes(StandardCharsets.UTF_8)))
            .send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> governor.state(proposal).send().intValue() == 1); // Active

    JsonNode result =
        drive(
            List.of(
                Map.of(
                    "do",
                    "addCredential",
                    "credentialId",
                    Base64.getEncoder().encodeToString(DevPasskey.credentialId()),
                    "privateKey",
                    DevPasskey.pkcs8Base64(),
                    "userHandle",
                    Base64.getEncoder().encodeToString(Numeric.hexStringToByteArray(account))),
                Map.of("do", "open", "url", node.webUrl() + "/member?proposal=" + proposal),
                Map.of("do", "click", "id", "sign-in"),
                Map.of("do", "read"),
                Map.of("do", "fill", "id", "transfer-to", "value", friend),
                Map.of("do", "fill", "id", "transfer-amount", "value", "10"),
                Map.of("do", "submit", "id", "transfer-form"),
                Map.of("do", "read"),
                Map.of("do", "submit", "id", "vote-form"),
                Map.of("do", "read"),
                Map.of("do", "screenshot", "path", screenshot("member-page.png"))));

    JsonNode signedIn = result.get("readings").get(0);
    assertThat(signedIn.get("status").asText()).isEqualTo("Signed in.");
    assertThat(signedIn.get("address").asText()).isEqualToIgnoringCase(account);
    assertThat(signedIn.get("balance").asText()).isEqualTo("1,000 CPT");
    assertThat(signedIn.get("cards").get(0).asText()).contains("tier 1");
    JsonNode sent = result.get("readings").get(1);
    assertThat(sent.get("status").asText()).isEqualTo("Sent 10 points to " + friend + ".");
    assertThat(sent.get("balance").asText()).isEqualTo("990 CPT");
    JsonNode voted = result.get("readings").get(2);
    assertThat(voted.get("status").asText())
        .isEqualTo("Your vote on proposal " + proposal + " is counted.");
    assertThat(voted.get("proposal").asText()).contains("For 1,").contains("You have voted");

    // and on chain
    assertThat(points(account)).isEqualTo(CPT.multiply(BigInteger.valueOf(990)));
    assertThat(points(friend)).isEqualTo(friendBefore.add(CPT.multiply(BigInteger.TEN)));
    assertThat(governor.hasVoted(proposal, account).send()).isTrue();
  }

  @Test
  void thePageSpeaksChinese() throws Exception {
    JsonNode result =
        drive(
            List.of(
                Map.of("do", "open", "url", node.webUrl() + "/member", "zh", true),
                Map.of("do", "read")));

    JsonNode page = result.get("readings").get(0);
    assertThat(page.get("lang").asText()).isEqualTo("zh-CN");
    assertThat(page.get("title").asText()).isEqualTo("会员账户");
  }
}
