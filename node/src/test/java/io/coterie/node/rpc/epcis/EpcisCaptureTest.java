package io.coterie.node.rpc.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.support.TestNode;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EPCIS 2.0 capture and query on a devnet node's HTTP port, over real sockets: documents written
 * after GS1's examples, signed with the farm's (and the shop's) dev key, are captured, recorded by
 * the Provenance precompile and answered by {@code GET /epcis/events}, in documents that pass GS1's
 * schema; unsigned, tampered, broken and unauthorised documents are refused with EPCIS problems and
 * record nothing.
 */
class EpcisCaptureTest {
  private static final int FARM = 2;
  private static final int SHOP = 1;
  private static final String H1 = "urn:epc:class:lgtin:0614141.100001.EPCIS-H1";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dataDir;
  private TestNode node;

  @BeforeEach
  void start() {
    node = TestNode.devnet(dataDir);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private String signed(String document, PrivateKey key) {
    CaptureDocument.Read read = (CaptureDocument.Read) CaptureDocument.read(document);
    TransactionSigner signer = new TransactionSigner(key, node.node().chain().chainId());
    long nonce = node.node().pool().nextNonce(signer.address());
    return DocumentSigner.sign(read, signer, nonce, BigInteger.ZERO, 3_000_000)
        .document()
        .toString();
  }

  private String signed(String fixture, int account) {
    return signed(
        Gs1Schema.fixture(fixture),
        PrivateKey.fromBigInteger(DevAccounts.account(account).privateKey()));
  }

  private HttpResponse<String> post(String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(node.httpUrl() + "/epcis/capture"))
            .header("Content-Type", "application/ld+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Captures {@code body} and waits for its job to finish; the job's final status. */
  private JsonNode capture(String body) throws Exception {
    HttpResponse<String> accepted = post(body);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .isEqualTo("/epcis/capture/" + Gs1Schema.tree(accepted.body()).get("captureID").asText());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !Gs1Schema.tree(get(location).body()).get("running").asBoolean());
    return Gs1Schema.tree(get(location).body());
  }

  private List<JsonNode> events(String query) throws Exception {
    HttpResponse<String> answer = get("/epcis/events" + query);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode doc = Gs1Schema.tree(answer.body());
    assertThat(Gs1Schema.problems(doc)).as("the query document against GS1's schema").isEmpty();
    assertThat(doc.get("type").asText()).isEqualTo("EPCISQueryDocument");
    List<JsonNode> out = new ArrayList<>();
    doc.at("/epcisBody/queryResults/resultsBody/eventList").forEach(out::add);
    return out;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void signedDocumentsAreRecordedAndTheQueryAnswersThemFromTheChain() throws Exception {
    String harvest = signed("farm/harvest-pack-ship.jsonld", FARM);
    assertThat(Gs1Schema.problems(harvest))
        .as("the signed document is still schema-valid")
        .isEmpty();

    JsonNode job = capture(harvest);

    assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
    assertThat(job.get("errors")).isEmpty();
    assertThat(job.get("captureErrorBehaviour").asText()).isEqualTo("proceed");
    assertThat(job.get("coterie:transactions"))
        .hasSize(4)
        .allMatch(tx -> tx.get("status").asText().equals("recorded"));
    assertThat(capture(signed("farm/pallet.jsonld", FARM)).get("success").asBoolean()).isTrue();
    assertThat(capture(signed("farm/shop-receiving.jsonld", SHOP)).get("success").asBoolean())
        .isTrue();

    assertThat(events(""))
        .extracting(e -> e.get("type").asText() + " " + e.get("bizStep").asText())
        .containsExactly(
            "ObjectEvent commissioning",
            "ObjectEvent inspecting",
            "TransformationEvent packing",
            "TransactionEvent shipping",
            "AggregationEvent packing",
            "AggregationEvent storing",
            "TransactionEvent receiving");
    JsonNode commissioning = events("").get(0);
    assertThat(commissioning.get("eventTime").asText()).isEqualTo("2026-11-01T05:30:00Z");
    assertThat(commissioning.at("/sensorElementList/0/sensorReport/0/minValue").decimalValue())
        .isEqualByComparingTo("9.25");
    assertThat(commissioning.at("/sensorElementList/0/sensorReport/0/maxValue").decimalValue())
        .isEqualByComparingTo("13.0");
    assertThat(commissioning.at("/readPoint/id").asText()).endsWith("/414/0614141000005");

    List<JsonNode> shipping = events("?EQ_bizStep=shipping");
    assertThat(shipping).hasSize(1);
    assertThat(shipping.get(0).at("/bizTransactionList/0/type").asText()).isEqualTo("desadv");
    assertThat(shipping.get(0).at("/bizTransactionList/0/bizTransaction").asText())
        .isEqualTo("urn:epcglobal:cbv:bt:0614141000005:EPCIS-1");
    assertThat(events("?MATCH_epc=" + encode(H1))).hasSize(5);
    assertThat(events("?MATCH_epc=" + encode("https://id.gs1.org/01/10614141000033/10/EPCIS-B1")))
        .extracting(e -> e.get("type").asText())
        .containsExactly("TransformationEvent", "TransactionEvent", "TransactionEvent");
    assertThat(events("?MATCH_anyEPC=" + encode("urn:epc:id:sscc:0614141.1234567890"))).hasSize(2);
    assertThat(events("?eventType=AggregationEvent%7CTransformationEvent")).hasSize(3);
    assertThat(
            events(
                "?GE_eventTime=2026-11-01T12:00:00Z&LT_eventTime="
                    + encode("2026-11-01T16:30:00+01:00")))
        .extracting(e -> e.get("eventTime").asText())
        .containsExactly("2026-11-01T14:00:00Z", "2026-11-01T15:00:00Z");
    assertThat(events("?EQ_bizLocation=" + encode("urn:epc:id:sgln:0614141.00001.0")))
        .extracting(e -> e.get("bizStep").asText())
        .containsExactly("receiving");
  }

  @Test
  void queryPagesFollowTheLinkHeaderAndUnknownParametersAreRefused() throws Exception {
    capture(signed("farm/harvest-pack-ship.jsonld", FARM));

    HttpResponse<String> first = get("/epcis/events?perPage=3");
    String next = first.headers().firstValue("Link").orElseThrow();
    assertThat(next).isEqualTo("</epcis/events?perPage=3&nextPageToken=4>; rel=\"next\"");
    List<JsonNode> second = events(next.substring(next.indexOf('?'), next.indexOf('>')));
    assertThat(second).extracting(e -> e.get("type").asText()).containsExactly("TransactionEvent");
    assertThat(get("/epcis/events?perPage=3&nextPageToken=4").headers().firstValue("Link"))
        .isEmpty();

    HttpResponse<String> unknown = get("/epcis/events?EQ_colour=green");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Gs1Schema.tree(unknown.body()).get("type").asText())
        .isEqualTo("https://ref.gs1.org/standards/epcis/2.0.0/error/QueryParameterException");
    assertThat(get("/epcis/capture/0123").statusCode()).isEqualTo(404);
  }

  private JsonNode refused(String body, int status) throws Exception {
    HttpResponse<String> answer = post(body);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return Gs1Schema.tree(answer.body());
  }

  @Test
  void unsignedTamperedBrokenAndUnauthorisedDocumentsAreRefusedAndRecordNothing() throws Exception {
    String unsigned = Gs1Schema.fixture("farm/harvest-pack-ship.jsonld");
    JsonNode noSignature = refused(unsigned, 400);
    assertThat(noSignature.get("type").asText())
        .isEqualTo("https://ref.gs1.org/standards/epcis/2.0.0/error/ValidationException");
    assertThat(noSignature.get("instance").asText())
        .isEqualTo("/epcisBody/eventList/0/coterie:signedTransaction");

    ObjectNode tampered =
        (ObjectNode) Gs1Schema.tree(signed("farm/harvest-pack-ship.jsonld", FARM));
    ((ObjectNode) tampered.at("/epcisBody/eventList/3/destinationList/0"))
        .put("destination", "did:ethr:0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    JsonNode changed = refused(tampered.toString(), 400);
    assertThat(changed.get("instance").asText())
        .isEqualTo("/epcisBody/eventList/3/coterie:signedTransaction");
    assertThat(changed.get("detail").asText()).contains("does not record this event");

    ObjectNode broken = (ObjectNode) Gs1Schema.tree(signed("farm/harvest-pack-ship.jsonld", FARM));
    ((ObjectNode) broken.at("/epcisBody/eventList/1")).remove("eventTime");
    assertThat(Gs1Schema.problems(broken)).isNotEmpty();
    assertThat(refused(broken.toString(), 400).get("instance").asText())
        .isEqualTo("/epcisBody/eventList/1/eventTime");

    PrivateKey stranger = PrivateKey.fromBigInteger(BigInteger.valueOf(0xC0FFEE));
    JsonNode forbidden = refused(signed(unsigned, stranger), 403);
    assertThat(forbidden.get("title").asText()).isEqualTo("SecurityException");
    assertThat(forbidden.get("detail").asText()).contains("holds no role");

    assertThat(events("")).isEmpty();
  }

  @Test
  void anEventThePrecompileRefusesFailsItsJobNamingTheEvent() throws Exception {
    JsonNode doc = Gs1Schema.tree(Gs1Schema.fixture("farm/shop-receiving.jsonld"));
    // the shop receives bags nobody shipped to it: well formed, signed, refused by the chain
    JsonNode job =
        capture(
            signed(
                doc.toString(), PrivateKey.fromBigInteger(DevAccounts.account(SHOP).privateKey())));

    assertThat(job.get("success").asBoolean()).isFalse();
    assertThat(job.get("errors")).hasSize(1);
    assertThat(job.at("/errors/0/instance").asText()).isEqualTo("/epcisBody/eventList/0");
    assertThat(job.at("/coterie:transactions/0/status").asText()).isEqualTo("failed");
  }
}
