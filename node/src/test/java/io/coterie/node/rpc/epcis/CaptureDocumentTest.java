package io.coterie.node.rpc.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.provenance.Gs1;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading EPCIS 2.0 documents for capture, checked against GS1's published JSON schema: the farm
 * documents are schema-valid and map to the Provenance calls they describe; GS1's own examples are
 * schema-valid but name single items, association events or extensions the chain cannot keep, and
 * are refused naming the field; broken documents fail the schema and are refused at the field the
 * schema complains about.
 */
class CaptureDocumentTest {
  private static final String FIRST = "/epcisBody/eventList/0";

  private static CaptureDocument.Read read(String document) {
    CaptureDocument.Result result = CaptureDocument.read(document);
    assertThat(result)
        .as("%s", result instanceof CaptureDocument.Refused r ? r.problem() : "")
        .isInstanceOf(CaptureDocument.Read.class);
    return (CaptureDocument.Read) result;
  }

  private static EpcisProblem refusal(String document) {
    CaptureDocument.Result result = CaptureDocument.read(document);
    assertThat(result).isInstanceOf(CaptureDocument.Refused.class);
    return ((CaptureDocument.Refused) result).problem();
  }

  @Test
  void farmDocumentsAreSchemaValidAndMapToTheirProvenanceCalls() {
    String harvest = Gs1Schema.fixture("farm/harvest-pack-ship.jsonld");
    String pallet = Gs1Schema.fixture("farm/pallet.jsonld");
    String receiving = Gs1Schema.fixture("farm/shop-receiving.jsonld");
    for (String doc : List.of(harvest, pallet, receiving)) {
      assertThat(Gs1Schema.problems(doc)).isEmpty();
    }

    List<ProvenanceCall> calls =
        read(harvest).events().stream().map(CaptureDocument.Event::call).toList();

    assertThat(calls)
        .extracting(ProvenanceCall::function)
        .containsExactly("commissionLot", "recordObjectEvent", "transform", "shipLots");
    assertThat(calls.get(0).summary()).isEqualTo("commission 10614141000019/EPCIS-H1");
    assertThat(calls.get(2).summary())
        .isEqualTo("transform 10614141000019/EPCIS-H1 into 10614141000033/EPCIS-B1");
    assertThat(calls.get(3).summary())
        .isEqualTo("ship 10614141000033/EPCIS-B1 to 0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    assertThat(calls.get(1).pointer()).isEqualTo("/epcisBody/eventList/1");
    // the lot id is in the calldata, as the precompile derives it
    assertThat(calls.get(1).calldata().toHex())
        .contains(Gs1.lotId("10614141000019", "EPCIS-H1").toHex().substring(2));
    assertThat(read(pallet).events())
        .extracting(e -> e.call().function())
        .containsExactly("aggregate", "aggregate");
    assertThat(read(receiving).events())
        .extracting(e -> e.call().function())
        .containsExactly("receiveLots");
  }

  @ParameterizedTest
  @CsvSource({
    "Example_9.6.1-ObjectEvent.jsonld, /epcisBody/eventList/0/epcList/0, names single items",
    "Example_9.6.1-ObjectEventWithDigitalLink.jsonld, /epcisBody/eventList/0/epcList/0, serial",
    "Example_9.6.3-AggregationEvent.jsonld, /epcisBody/eventList/0/example:myField, cannot be"
        + " recorded",
    "Example_9.6.4-TransformationEvent.jsonld, /epcisBody/eventList/0/ilmd, cannot be recorded",
    "AssociationEvent-a.jsonld, /epcisBody/eventList/0/type, cannot be recorded",
    "SensorDataExample1.jsonld, /epcisBody/eventList/0/epcList/0, single items",
  })
  void gs1ExamplesAreSchemaValidButRefusedWhereTheChainCannotKeepThem(
      String example, String pointer, String reason) {
    String doc = Gs1Schema.fixture("gs1/" + example);
    // GS1's examples name their document with the blank node "_:document1", which the schema's
    // "format": "uri" refuses under a validator that asserts formats; nothing else fails
    assertThat(Gs1Schema.problems(doc))
        .as("GS1's example against GS1's schema")
        .allMatch(p -> p.startsWith("/id: does not match the uri pattern"));

    EpcisProblem problem = refusal(doc);

    assertThat(problem.kind()).isEqualTo(EpcisProblem.Kind.VALIDATION);
    assertThat(problem.pointer()).isEqualTo(pointer);
    assertThat(problem.detail()).contains(reason);
    assertThat(problem.toJson().get("type").asText())
        .isEqualTo("https://ref.gs1.org/standards/epcis/2.0.0/error/ValidationException");
  }

  /** A farm document with {@code change} applied to its first event. */
  private static String broken(Consumer<ObjectNode> change) {
    JsonNode doc = Gs1Schema.tree(Gs1Schema.fixture("farm/harvest-pack-ship.jsonld"));
    change.accept((ObjectNode) doc.at(FIRST));
    return doc.toString();
  }

  /** A farm document with {@code change} applied to its shipping (a TransactionEvent). */
  private static String transaction(Consumer<ObjectNode> change) {
    JsonNode doc = Gs1Schema.tree(Gs1Schema.fixture("farm/harvest-pack-ship.jsonld"));
    change.accept((ObjectNode) doc.at("/epcisBody/eventList/3"));
    return doc.toString();
  }

  @Test
  void brokenDocumentsFailTheSchemaAndAreRefusedAtTheFailingField() {
    record Case(String document, String pointer) {}
    List<Case> cases =
        List.of(
            new Case(broken(e -> e.remove("eventTime")), FIRST + "/eventTime"),
            new Case(broken(e -> e.put("action", "UPDATE")), FIRST + "/action"),
            new Case(broken(e -> e.put("eventTime", "yesterday")), FIRST + "/eventTime"),
            new Case(broken(e -> e.put("type", "ThingEvent")), FIRST + "/type"),
            new Case(
                broken(e -> ((ObjectNode) e.get("readPoint")).remove("id").toString()),
                FIRST + "/readPoint/id"),
            new Case(
                broken(e -> ((ArrayNode) e.get("quantityList")).removeAll().add(42)),
                FIRST + "/quantityList/0"),
            new Case(
                transaction(e -> e.remove("bizTransactionList")),
                "/epcisBody/eventList/3/bizTransactionList"));

    for (Case c : cases) {
      assertThat(Gs1Schema.problems(c.document())).as(c.pointer()).isNotEmpty();
      EpcisProblem problem = refusal(c.document());
      assertThat(problem.pointer()).as(problem.detail()).isEqualTo(c.pointer());
      assertThat(problem.kind().status()).isEqualTo(400);
    }
  }

  @Test
  void envelopeProblemsNameTheEnvelopeField() {
    ObjectNode doc =
        (ObjectNode) Gs1Schema.tree(Gs1Schema.fixture("farm/harvest-pack-ship.jsonld"));
    doc.remove("schemaVersion");
    assertThat(Gs1Schema.problems(doc)).isNotEmpty();
    assertThat(refusal(doc.toString()).pointer()).isEqualTo("/schemaVersion");

    assertThat(refusal("{not json").detail()).contains("not JSON");
  }

  @Test
  void schemaValidFieldsTheChainCannotKeepAreRefusedNotDropped() {
    String quantity =
        broken(
            e ->
                ((ObjectNode) e.get("quantityList").get(0))
                    .put("quantity", 200.5)
                    .put("uom", "KGM"));
    String humidity =
        broken(
            e ->
                ((ObjectNode) e.at("/sensorElementList/0/sensorReport/0"))
                    .put("type", "gs1:AbsoluteHumidity"));
    String extension = broken(e -> e.put("example:myField", "a vendor extension"));
    String serial =
        broken(
            e ->
                ((ArrayNode) e.get("quantityList"))
                    .removeAll()
                    .addObject()
                    .put("epcClass", "urn:epc:idpat:sgtin:0614141.100001.*"));
    for (String doc : List.of(quantity, humidity, extension, serial)) {
      assertThat(Gs1Schema.problems(doc)).isEmpty();
    }

    assertThat(refusal(quantity).pointer()).isEqualTo(FIRST + "/quantityList/0/quantity");
    assertThat(refusal(humidity).pointer())
        .isEqualTo(FIRST + "/sensorElementList/0/sensorReport/0/type");
    assertThat(refusal(extension).pointer()).isEqualTo(FIRST + "/example:myField");
    assertThat(refusal(serial).pointer()).isEqualTo(FIRST + "/quantityList/0/epcClass");
  }
}
