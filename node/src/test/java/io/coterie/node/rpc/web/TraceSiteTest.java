package io.coterie.node.rpc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.node.app.DevnetDemoLot;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.TracedLot;
import io.coterie.node.support.Web3jClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace site on a devnet node's HTTP port, over real sockets, after a lot was traced. */
class TraceSiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private TestNode node;
  private Web3jClient client;
  private TracedLot lot;

  @BeforeEach
  void start() throws Exception {
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
    lot = TracedLot.record(client, "7/2");
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String packedPath() {
    return "/01/" + TracedLot.PACKED_GTIN + "/10/P-7%2F2";
  }

  @Test
  void pageShowsEveryStepOfTheLotAndItsUpstreamLotsWithNamesTimesPlacesAndProofData()
      throws Exception {
    HttpResponse<String> page = get(packedPath());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .contains("connect-src 'self'");
    String html = page.body();
    assertThat(html).contains("GTIN " + TracedLot.PACKED_GTIN).contains("P-7/2");
    // upstream lots' steps come first: harvest, washing, then the bags' own steps
    assertThat(html)
        .containsSubsequence(
            "data-bizstep=\"commissioning\"",
            TracedLot.HARVEST_GTIN + " / H-7/2",
            "data-bizstep=\"other\"",
            "data-bizstep=\"packing\"",
            "data-bizstep=\"shipping\"",
            "data-bizstep=\"receiving\"");
    assertThat(html).contains("Harvested or made").contains("Shipped").contains("Received");
    assertThat(html).contains("Farm 0x3c44…93bc").contains("Shop 0x7099…79c8");
    assertThat(html).contains("at location GLN " + TracedLot.STORE_GLN);
    assertThat(html).contains("2.00 – 4.50 °C").contains("ipfs://lab-reports/7/2");
    assertThat(html).contains("Checked and attested by Inspector 0xbcd4…4096");
    assertThat(html).contains("no GLN master data");
    assertThat(html).doesNotContain("class=\"recall\"");
    assertThat(html).contains("<svg").contains("http://127.0.0.1:");
    assertThat(html).contains("id=\"trace-data\"").contains("/trace-proof/01/");
    assertThat(html).doesNotContain("https://").as("no external asset");
  }

  @Test
  void theDevnetDemoLotIsTracedEndToEndOnce() throws Exception {
    DevnetDemoLot.traceOnce(node.node());
    long head = node.node().chain().head().number();
    DevnetDemoLot.traceOnce(node.node());

    String path = "/01/" + DevnetDemoLot.GTIN + "/10/" + DevnetDemoLot.LOT;
    HttpResponse<String> page = get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .containsSubsequence(
            "data-bizstep=\"commissioning\"",
            "data-bizstep=\"other\"",
            "data-bizstep=\"packing\"",
            "data-bizstep=\"shipping\"",
            "data-bizstep=\"receiving\"")
        .contains("Checked and attested by Inspector");
    assertThat(
            node.node()
                .pool()
                .nextNonce(
                    io.coterie.node.types.Address.fromHex(Web3jClient.account(10).getAddress())))
        .as("one attestation by the traced lot, one by the demo lot; the second run sent nothing")
        .isEqualTo(2);
    assertThat(head).isPositive();
  }

  @Test
  void aRecallOfTheHarvestShowsABannerOnTheBagsPage() throws Exception {
    lot.recallHarvest();

    String html = get(packedPath()).body();

    assertThat(html).contains("class=\"recall\"").contains("RECALLED");
    assertThat(html).contains("The recall started at lot " + TracedLot.HARVEST_GTIN + " / H-7/2");
  }

  @Test
  void chineseIsChosenFromAcceptLanguage() throws Exception {
    String html = get(packedPath(), "Accept-Language", "fr;q=0.9, zh-CN, en;q=0.8").body();

    assertThat(html)
        .contains("lang=\"zh-CN\"")
        .contains("产品溯源")
        .contains("采收或生产")
        .contains("农场 0x3c44");
    assertThat(get(packedPath(), "Accept-Language", "en-GB, zh;q=0.5").body())
        .contains("lang=\"en\"");
  }

  @Test
  void unknownLotIsA404PageAndABadCheckDigitA400() throws Exception {
    HttpResponse<String> unknown = get("/01/" + TracedLot.PACKED_GTIN + "/10/NOPE");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .contains("no record of lot NOPE of product " + TracedLot.PACKED_GTIN);

    HttpResponse<String> bad = get("/01/10614141000034/10/P-1");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("wrong check digit");

    HttpResponse<String> post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(node.httpUrl() + packedPath()))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void jsonLdIsAnEpcisDocumentOfTheWholeHistory() throws Exception {
    HttpResponse<String> response = get(packedPath(), "Accept", "application/ld+json");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/ld+json");
    JsonNode doc = JSON.readTree(response.body());
    assertThat(doc.get("type").asText()).isEqualTo("EPCISDocument");
    assertThat(doc.get("schemaVersion").asText()).isEqualTo("2.0");
    assertThat(io.coterie.node.rpc.epcis.Gs1Schema.problems(doc))
        .as("the trace's EPCIS document against GS1's EPCIS 2.0 JSON schema")
        .isEmpty();
    JsonNode events = doc.get("epcisBody").get("eventList");
    assertThat(events).hasSize(5);
    assertThat(events.get(0).get("type").asText()).isEqualTo("ObjectEvent");
    assertThat(events.get(0).get("action").asText()).isEqualTo("ADD");
    assertThat(events.get(0).get("quantityList").get(0).get("epcClass").asText())
        .endsWith("/01/" + TracedLot.HARVEST_GTIN + "/10/H-7%2F2");
    JsonNode packing = events.get(2);
    assertThat(packing.get("type").asText()).isEqualTo("TransformationEvent");
    assertThat(packing.get("bizStep").asText()).isEqualTo("packing");
    assertThat(
            packing
                .get("sensorElementList")
                .get(0)
                .get("sensorReport")
                .get(0)
                .get("minValue")
                .decimalValue())
        .isEqualByComparingTo("2.00");
    assertThat(packing.get("outputQuantityList").get(0).get("epcClass").asText())
        .endsWith(packedPath());
  }

  @Test
  void linkTypeAllIsTheGs1Linkset() throws Exception {
    HttpResponse<String> response = get(packedPath() + "?linkType=all");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/linkset+json");
    JsonNode set = JSON.readTree(response.body()).get("linkset").get(0);
    assertThat(set.get("anchor").asText()).endsWith(packedPath());
    assertThat(set.get("https://gs1.org/voc/pip").get(0).get("type").asText())
        .isEqualTo("text/html");
    assertThat(set.get("https://gs1.org/voc/epcis").get(0).get("type").asText())
        .isEqualTo("application/ld+json");
  }

  @Test
  void proofBundleProvesEveryWordThePageRead() throws Exception {
    String html = get(packedPath()).body();
    String data =
        html.substring(
            html.indexOf("id=\"trace-data\">") + "id=\"trace-data\">".length(),
            html.indexOf("</script>", html.indexOf("id=\"trace-data\">")));
    JsonNode pageData = JSON.readTree(data);

    JsonNode bundle = JSON.readTree(get(pageData.get("proofUrl").asText()).body());

    assertThat(bundle.get("blockNumber").asLong()).isEqualTo(pageData.get("block").asLong());
    assertThat(bundle.get("validators")).hasSize(1);
    assertThat(bundle.get("header").asText()).startsWith("0x");
    int proven = 0;
    for (JsonNode account : bundle.get("accounts")) {
      proven += account.get("storageProof").size();
    }
    assertThat(proven).isEqualTo(pageData.get("reads").size()).isGreaterThan(10);
    assertThat(get("/trace-proof" + packedPath()).statusCode()).isEqualTo(400);
  }
}
