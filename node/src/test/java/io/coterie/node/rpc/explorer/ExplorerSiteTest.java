package io.coterie.node.rpc.explorer;

import static io.coterie.node.support.Web3jClient.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.compat.web3j.Consent;
import io.coterie.node.compat.web3j.LoyaltyToken;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import io.coterie.node.sync.CommittedSealsValidator;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** The explorer on a devnet node's HTTP port, over real sockets, after a points transfer. */
class ExplorerSiteTest {
  private static final String CPT = "0x0000000000000000000000000000000000002000";
  private static final String CONSENT = "0x0000000000000000000000000000000000001005";
  private static final BigInteger SEVEN_CPT =
      BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(7));

  @TempDir Path dataDir;
  private TestNode node;
  private Web3jClient client;
  private TransactionReceipt transfer;
  private String alice;
  private String bob;

  @BeforeEach
  void start() throws Exception {
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
    alice = account(4).getAddress();
    bob = account(5).getAddress();
    transfer =
        LoyaltyToken.load(CPT, client.web3(), client.manager(4), Web3jClient.gas())
            .transfer(bob, SEVEN_CPT)
            .send();
    assertThat(transfer.isStatusOK()).isTrue();
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private BlockHeader transferBlock() {
    return node.node()
        .chain()
        .headerByNumber(transfer.getBlockNumber().longValueExact())
        .orElseThrow();
  }

  @Test
  void latestBlocksShowTheTransferBlockWithItsProposerAndCommitSealSigners() throws Exception {
    HttpResponse<String> page = get("/explorer");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'");
    String html = page.body();
    BlockHeader header = transferBlock();
    CommittedSealsValidator.Verdict verdict =
        new CommittedSealsValidator()
            .validate(header, QbftExtraDataCodec.decode(header.extraData().toArray()).validators());
    assertThat(verdict).isInstanceOf(CommittedSealsValidator.Verdict.Final.class);
    String row = html.substring(html.indexOf(">#" + header.number() + "<"));
    assertThat(row).contains(header.coinbase().toHex());
    for (Address signer : ((CommittedSealsValidator.Verdict.Final) verdict).signers()) {
      assertThat(row).contains(signer.toHex());
    }
    assertThat(html).contains("/trace-assets/trace.css").doesNotContain("https://");
    assertThat(html.split("<tr>")).hasSizeGreaterThan(2);
  }

  @Test
  void blockPageByNumberAndByHashListsTheTransfer() throws Exception {
    BlockHeader header = transferBlock();
    String byNumber = get("/explorer/block/" + header.number()).body();
    String hash = node.node().chain().hash(header).toHex();
    HttpResponse<String> byHash = get("/explorer/block/" + hash);

    assertThat(byHash.statusCode()).isEqualTo(200);
    assertThat(byHash.body()).isEqualTo(byNumber);
    assertThat(byNumber)
        .contains("Block #" + header.number())
        .contains(hash)
        .contains("/explorer/tx/" + transfer.getTransactionHash())
        .contains(alice.toLowerCase())
        .contains(">transfer<");
  }

  @Test
  void transactionPageDecodesTheCallAndTheTransferEvent() throws Exception {
    HttpResponse<String> page = get("/explorer/tx/" + transfer.getTransactionHash());

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("success").contains("(LoyaltyToken)");
    assertThat(html)
        .containsSubsequence(
            "<strong>transfer</strong> <code>transfer(address,uint256)</code>",
            bob.toLowerCase(),
            SEVEN_CPT.toString());
    assertThat(html)
        .containsSubsequence(
            "<strong>Transfer</strong> <code>Transfer(address,address,uint256)</code>",
            ">from<",
            alice.toLowerCase(),
            ">to<",
            bob.toLowerCase(),
            ">value<",
            SEVEN_CPT.toString());
  }

  @Test
  void addressPageShowsRolesPointsAndConsents() throws Exception {
    byte[] purpose = Hash.sha3("marketing-email".getBytes(StandardCharsets.UTF_8));
    Consent.load(CONSENT, client.web3(), client.manager(4), Web3jClient.gas())
        .grantConsent(
            account(1).getAddress(),
            purpose,
            Hash.sha3("send-newsletter".getBytes(StandardCharsets.UTF_8)),
            BigInteger.ZERO,
            "https://brand.example/privacy#email")
        .send();
    BigInteger points =
        LoyaltyToken.load(CPT, client.web3(), client.manager(4), Web3jClient.gas())
            .balanceOf(alice)
            .send();

    HttpResponse<String> page = get("/explorer/address/" + alice);

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("MEMBER_ROLE");
    assertThat(html.substring(html.indexOf("id=\"points\""))).contains("<td>" + points + "</td>");
    assertThat(html.substring(html.indexOf("id=\"consents\"")))
        .contains(account(1).getAddress().toLowerCase())
        .contains(org.web3j.utils.Numeric.toHexString(purpose))
        .contains("in force")
        .contains("https://brand.example/privacy#email");
    assertThat(html).contains("id=\"cards\"");
  }

  @Test
  void unknownThingsAre404PagesAndMalformedOnes400() throws Exception {
    assertThat(get("/explorer/block/99999999").statusCode()).isEqualTo(404);
    assertThat(get("/explorer/block/99999999").body()).contains("No block 99999999");
    assertThat(get("/explorer/tx/0x" + "ab".repeat(32)).statusCode()).isEqualTo(404);
    HttpResponse<String> nobody = get("/explorer/address/0x" + "5e".repeat(20));
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(nobody.body()).contains("has no account, role, points, card or consent");
    assertThat(get("/explorer/nothing").statusCode()).isEqualTo(404);

    HttpResponse<String> bad = get("/explorer/block/%3Cscript%3E");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("is neither a block number").doesNotContain("<script>");
    assertThat(get("/explorer/tx/0x12").statusCode()).isEqualTo(400);
    assertThat(get("/explorer/address/alice").statusCode()).isEqualTo(400);

    HttpResponse<String> post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(node.httpUrl() + "/explorer"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }
}
