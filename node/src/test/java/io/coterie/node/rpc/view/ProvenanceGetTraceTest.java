package io.coterie.node.rpc.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.node.compat.web3j.Provenance;
import io.coterie.node.support.TestNode;
import io.coterie.node.support.Web3jClient;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/** provenance_getTrace over HTTP on a devnet node, after a harvest went to a store and back. */
class ProvenanceGetTraceTest {
  private static final String PROVENANCE = "0x0000000000000000000000000000000000001004";
  private static final String HARVEST_GTIN = "10614141000019";
  private static final String WASHED_GTIN = "10614141000026";
  private static final String PACKED_GTIN = "10614141000033";
  private static final String FARM_GLN = "0614141000005";
  private static final String STORE_GLN = "0614141000012";
  private static final byte[] NO_DOCUMENT = new byte[32];
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private TestNode node;
  private Web3jClient client;

  @BeforeEach
  void start() {
    node = TestNode.devnet(dataDir);
    client = new Web3jClient(node);
  }

  @AfterEach
  void stop() {
    client.close();
    node.close();
  }

  private Provenance as(int account) {
    return Provenance.load(PROVENANCE, client.web3(), client.manager(account), Web3jClient.gas());
  }

  private static BigInteger code(BizStep step) {
    return BigInteger.valueOf(step.code());
  }

  private static BigInteger code(Disposition disposition) {
    return BigInteger.valueOf(disposition.code());
  }

  private static void ok(TransactionReceipt receipt) {
    assertThat(receipt.isStatusOK()).as("%s", receipt).isTrue();
  }

  private JsonNode rpc(String method, Object... params) throws Exception {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(node.httpUrl()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  @Test
  void rendersTheWholeTraceOfAPackedLotAfterARecall() throws Exception {
    Provenance farm = as(2);
    Provenance store = as(1);
    long t = client.latestTimestamp() - 60;
    ok(
        farm.commissionLot(
                HARVEST_GTIN,
                "H-1",
                code(BizStep.COMMISSIONING),
                code(Disposition.ACTIVE),
                BigInteger.valueOf(t),
                FARM_GLN,
                FARM_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    byte[] harvest = farm.lotIdOf(HARVEST_GTIN, "H-1").send();
    ok(
        farm.transform(
                List.of(harvest),
                List.of(WASHED_GTIN),
                List.of("W-1"),
                code(BizStep.OTHER),
                code(Disposition.IN_PROGRESS),
                BigInteger.valueOf(t),
                FARM_GLN,
                FARM_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    byte[] washed = farm.lotIdOf(WASHED_GTIN, "W-1").send();
    byte[] labHash = Hash.sha3("lab result".getBytes(StandardCharsets.UTF_8));
    ok(
        farm.transform(
                List.of(washed),
                List.of(PACKED_GTIN),
                List.of("P-1"),
                code(BizStep.PACKING),
                code(Disposition.ACTIVE),
                BigInteger.valueOf(t),
                FARM_GLN,
                FARM_GLN,
                true,
                BigInteger.valueOf(200),
                BigInteger.valueOf(450),
                labHash,
                "ipfs://lab-result")
            .send());
    byte[] packed = farm.lotIdOf(PACKED_GTIN, "P-1").send();
    String shop = Web3jClient.account(1).getAddress();
    ok(
        farm.shipLots(
                List.of(packed),
                shop,
                code(BizStep.SHIPPING),
                code(Disposition.IN_TRANSIT),
                BigInteger.valueOf(t),
                FARM_GLN,
                FARM_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    ok(
        store
            .receiveLots(
                List.of(packed),
                code(BizStep.RECEIVING),
                code(Disposition.SELLABLE_ACCESSIBLE),
                BigInteger.valueOf(client.latestTimestamp()),
                STORE_GLN,
                STORE_GLN,
                false,
                BigInteger.ZERO,
                BigInteger.ZERO,
                NO_DOCUMENT,
                "")
            .send());
    ok(farm.recall(harvest, Hash.sha3("listeria".getBytes(StandardCharsets.UTF_8))).send());

    JsonNode trace = rpc("provenance_getTrace", Numeric.toHexString(packed)).get("result");

    JsonNode lot = trace.get("lot");
    assertThat(lot.get("lotId").asText()).isEqualTo(Numeric.toHexString(packed));
    assertThat(lot.get("kind").asText()).isEqualTo("LOT");
    assertThat(lot.get("gtin").asText()).isEqualTo(PACKED_GTIN);
    assertThat(lot.get("lotNumber").asText()).isEqualTo("P-1");
    assertThat(lot.get("digitalLink").asText())
        .isEqualTo("https://id.gs1.org/01/" + PACKED_GTIN + "/10/P-1");
    assertThat(lot.get("custodian").asText()).isEqualToIgnoringCase(shop);
    assertThat(lot.get("creator").asText())
        .isEqualToIgnoringCase(Web3jClient.account(2).getAddress());
    assertThat(lot.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(lot.get("recalled").asBoolean()).isTrue();
    assertThat(lot.get("recallOrigin").asText()).isEqualTo(Numeric.toHexString(harvest));
    assertThat(trace.get("recalled").asBoolean()).isTrue();

    JsonNode events = trace.get("events");
    assertThat(events).hasSize(3);
    assertThat(events.get(0).get("type").asText()).isEqualTo("TransformationEvent");
    assertThat(events.get(0).get("bizStep").asText())
        .isEqualTo("urn:epcglobal:cbv:bizstep:packing");
    assertThat(events.get(0).get("sensor").get("minTemperatureCelsius").decimalValue())
        .isEqualByComparingTo("2.00");
    assertThat(events.get(0).get("sensor").get("maxTemperatureCelsius").decimalValue())
        .isEqualByComparingTo("4.50");
    assertThat(events.get(0).get("document").get("uri").asText()).isEqualTo("ipfs://lab-result");
    assertThat(events.get(0).get("document").get("hash").asText())
        .isEqualTo(Numeric.toHexString(labHash));
    assertThat(events.get(0).get("eventTimeSeconds").asLong()).isEqualTo(t);
    assertThat(events.get(0).get("eventTime").asText())
        .isEqualTo(java.time.Instant.ofEpochSecond(t).toString())
        .endsWith("Z");
    assertThat(events.get(1).get("type").asText()).isEqualTo("TransactionEvent");
    assertThat(events.get(1).get("action").asText()).isEqualTo("ADD");
    assertThat(events.get(1).get("disposition").asText())
        .isEqualTo("urn:epcglobal:cbv:disp:in_transit");
    assertThat(events.get(1).get("counterparty").asText()).isEqualToIgnoringCase(shop);
    assertThat(events.get(2).get("bizStep").asText())
        .isEqualTo("urn:epcglobal:cbv:bizstep:receiving");
    assertThat(events.get(2).get("readPoint").asText()).isEqualTo(STORE_GLN);
    assertThat(events.get(2).get("sensor").isNull()).isTrue();

    assertThat(trace.get("backwardLineage"))
        .extracting(l -> l.get("lotId").asText())
        .containsExactly(Numeric.toHexString(washed), Numeric.toHexString(harvest));
    assertThat(trace.get("forwardLineage")).isEmpty();
    assertThat(trace.get("attestations")).isEmpty();
    assertThat(trace.get("errorDeclarations")).isEmpty();

    JsonNode fromHarvest = rpc("provenance_getTrace", Numeric.toHexString(harvest)).get("result");
    assertThat(fromHarvest.get("forwardLineage"))
        .extracting(l -> l.get("recalled").asBoolean())
        .containsExactly(true, true);
    assertThat(fromHarvest.get("events").get(0).get("bizStep").asText())
        .isEqualTo("urn:epcglobal:cbv:bizstep:commissioning");
  }

  @Test
  void anUnknownLotIsAServerErrorThatSaysHowToFindTheId() throws Exception {
    JsonNode error = rpc("provenance_getTrace", "0x" + "ab".repeat(32)).get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText())
        .startsWith("no lot 0x" + "ab".repeat(32) + " has been recorded")
        .contains("lotIdOf(gtin, lot)");
  }

  @Test
  void aLotIdMustBeThirtyTwoBytes() throws Exception {
    JsonNode error = rpc("provenance_getTrace", "0x1234").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32602);
  }
}
