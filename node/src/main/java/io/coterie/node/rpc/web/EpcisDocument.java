package io.coterie.node.rpc.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.provenance.EpcisAction;
import io.coterie.chaincode.provenance.EpcisEvent;
import io.coterie.chaincode.provenance.EpcisEventType;
import io.coterie.chaincode.provenance.EventContext;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.provenance.ProvenanceTrace;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A lot's history (its steps and its upstream lots' steps) as an EPCIS 2.0 JSON-LD document ({@code
 * application/ld+json}, GS1 EPCIS 2.0 section 9 and its JSON schema): lots are named by their GS1
 * Digital Link URIs under the node's public URL (class-level identifiers in quantity lists, as
 * EPCIS 2.0 allows), locations by GLN Digital Link URIs ({@code /414/}), business steps and
 * dispositions by their CBV names (as the JSON-LD context defines them), temperatures as a sensor
 * report in degrees Celsius, documents and the chain's event ids in the {@code coterie} extension
 * namespace. A document hash that marks a CBV business transaction type (as EPCIS capture records
 * one) is rendered as a {@code bizTransactionList}.
 */
public final class EpcisDocument {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  public static final String CONTEXT =
      "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
  public static final String COTERIE_NAMESPACE = "https://coterie.example/epcis/";

  private final ProvenanceReader reader;
  private final WorldStorage storage;
  private final String base;
  private final Map<Word, ProvenanceTrace.LotInfo> known = new TreeMap<>();

  /** Renders against {@code storage} (state at one block), naming things under {@code base}. */
  public EpcisDocument(ProvenanceReader reader, WorldStorage storage, String base) {
    this.reader = reader;
    this.storage = storage;
    this.base = base;
  }

  ObjectNode render(LotHistory history, long blockTimestamp) {
    known.clear();
    remember(history.trace().lot());
    history.trace().backwardLineage().forEach(this::remember);
    history.trace().forwardLineage().forEach(this::remember);
    ObjectNode doc = envelope("EPCISDocument", blockTimestamp);
    ArrayNode events = doc.putObject("epcisBody").putArray("eventList");
    history.steps().forEach(step -> events.add(event(step.event())));
    return doc;
  }

  /** A document of {@code type} with the EPCIS and Coterie contexts, created at the block time. */
  public static ObjectNode envelope(String type, long blockTimestamp) {
    ObjectNode doc = JSON.objectNode();
    ArrayNode context = doc.putArray("@context");
    context.add(CONTEXT);
    context.addObject().put("coterie", COTERIE_NAMESPACE);
    doc.put("type", type);
    doc.put("schemaVersion", "2.0");
    doc.put("creationDate", Instant.ofEpochSecond(blockTimestamp).toString());
    return doc;
  }

  /** One recorded event as EPCIS 2.0 JSON-LD. */
  public ObjectNode event(EpcisEvent event) {
    EventContext context = event.context();
    ObjectNode node = JSON.objectNode();
    node.put("type", event.type().epcisName());
    node.put("eventID", "urn:coterie:event:" + event.eventId());
    node.put("eventTime", Instant.ofEpochSecond(context.eventTime()).toString());
    node.put("eventTimeZoneOffset", "+00:00");
    node.put("recordTime", Instant.ofEpochSecond(event.recordTime()).toString());
    switch (event.type()) {
      case OBJECT_EVENT, TRANSACTION_EVENT -> {
        action(node, event);
        quantities(node.putArray("quantityList"), event.lots());
      }
      case AGGREGATION_EVENT -> {
        action(node, event);
        uri(event.parentId()).ifPresent(p -> node.put("parentID", p));
        quantities(node.putArray("childQuantityList"), event.lots());
      }
      case TRANSFORMATION_EVENT -> {
        quantities(node.putArray("inputQuantityList"), event.lots());
        quantities(node.putArray("outputQuantityList"), event.outputs());
      }
    }
    // EPCIS 2.0 JSON-LD spells CBV values by their bare names (the schema refuses CBV URNs there)
    node.put("bizStep", context.bizStep().name().toLowerCase(Locale.ROOT));
    context
        .disposition()
        .ifPresent(d -> node.put("disposition", d.name().toLowerCase(Locale.ROOT)));
    context
        .readPoint()
        .ifPresent(gln -> node.putObject("readPoint").put("id", base + "/414/" + gln));
    context
        .bizLocation()
        .ifPresent(gln -> node.putObject("bizLocation").put("id", base + "/414/" + gln));
    if (context.hasSensor()) {
      ObjectNode report =
          node.putArray("sensorElementList").addObject().putArray("sensorReport").addObject();
      report.put("type", "gs1:Temperature");
      report.put("minValue", BigDecimal.valueOf(context.minTempCentiC(), 2));
      report.put("maxValue", BigDecimal.valueOf(context.maxTempCentiC(), 2));
      report.put("uom", "CEL");
    }
    Optional<String> bizTransaction = CbvTerms.bizTransactionType(context.documentHash());
    if (bizTransaction.isPresent()) {
      ObjectNode entry = node.putArray("bizTransactionList").addObject();
      entry.put("type", bizTransaction.get());
      entry.put("bizTransaction", context.documentUri());
    } else if (event.type() == EpcisEventType.TRANSACTION_EVENT) {
      // EPCIS requires a TransactionEvent's business transaction; a shipment recorded without one
      // names the chain's own record of it
      node.putArray("bizTransactionList")
          .addObject()
          .put("bizTransaction", "urn:coterie:event:" + event.eventId());
    }
    if (bizTransaction.isEmpty()
        && (!context.documentUri().isEmpty() || !context.documentHash().isZero())) {
      ObjectNode document = node.putObject("coterie:document");
      document.put("coterie:uri", context.documentUri());
      document.put("coterie:keccak256", context.documentHash().toHex());
    }
    node.put("coterie:chainEventId", event.eventId());
    node.put("coterie:blockNumber", event.blockNumber());
    node.put("coterie:recorder", event.recorder().toHex());
    return node;
  }

  private void remember(ProvenanceTrace.LotInfo info) {
    known.put(info.lot().lotId(), info);
  }

  private static void action(ObjectNode node, EpcisEvent event) {
    node.put("action", event.action().map(EpcisAction::name).orElse("OBSERVE"));
  }

  private void quantities(ArrayNode list, List<Word> lots) {
    lots.forEach(lot -> uri(lot).ifPresent(uri -> list.addObject().put("epcClass", uri)));
  }

  /** The Digital Link URI of a lot or container, when it exists. */
  private Optional<String> uri(Word lotId) {
    if (lotId.isZero()) {
      return Optional.empty();
    }
    Optional<ProvenanceTrace.LotInfo> info =
        known.containsKey(lotId)
            ? Optional.of(known.get(lotId))
            : reader.trace(storage, lotId).map(ProvenanceTrace::lot);
    info.ifPresent(this::remember);
    return info.map(
        i ->
            i.lotNumber().isEmpty()
                ? base + "/00/" + i.gs1Key()
                : new DigitalLink(i.gs1Key(), i.lotNumber()).uri(base));
  }
}
