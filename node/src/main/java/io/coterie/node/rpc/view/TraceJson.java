package io.coterie.node.rpc.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.provenance.Attestation;
import io.coterie.chaincode.provenance.EpcisAction;
import io.coterie.chaincode.provenance.EpcisEvent;
import io.coterie.chaincode.provenance.ErrorDeclaration;
import io.coterie.chaincode.provenance.EventContext;
import io.coterie.chaincode.provenance.Lot;
import io.coterie.chaincode.provenance.LotKind;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.provenance.ProvenanceTrace;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import io.coterie.node.rpc.web.DigitalLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Renders a {@link ProvenanceTrace} for people and pages: EPCIS names ({@code ObjectEvent}, {@code
 * ADD}), CBV URNs for business steps, dispositions and error reasons, times both as ISO-8601 UTC
 * and as seconds, GLNs as 13 digits, temperatures in degrees Celsius, GS1 Digital Link URIs for
 * lots and containers (lot numbers percent-encoded) under the node's {@code --web-public-url}, or
 * GS1's resolver {@code https://id.gs1.org} when none is set. Absent optional values are JSON
 * {@code null}, so every event has the same keys.
 */
public final class TraceJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ProvenanceReader reader;
  private final WorldStorage storage;
  private final String linkBase;

  /**
   * {@code linkBase}: the resolver the Digital Link URIs point at, e.g. {@code https://id.gs1.org}.
   */
  public TraceJson(ProvenanceReader reader, WorldStorage storage, String linkBase) {
    this.reader = reader;
    this.storage = storage;
    this.linkBase = linkBase;
  }

  public ObjectNode render(ProvenanceTrace trace) {
    ObjectNode root = JSON.objectNode();
    root.set("lot", lot(trace.lot()));
    root.put("recalled", reader.isRecalled(storage, trace.lot().lot().lotId()));
    ArrayNode events = root.putArray("events");
    trace.events().forEach(e -> events.add(event(e)));
    ArrayNode backward = root.putArray("backwardLineage");
    trace.backwardLineage().forEach(l -> backward.add(lot(l)));
    ArrayNode forward = root.putArray("forwardLineage");
    trace.forwardLineage().forEach(l -> forward.add(lot(l)));
    root.put("lineageTruncated", trace.lineageTruncated());
    ArrayNode attestations = root.putArray("attestations");
    trace.attestations().forEach(a -> attestations.add(attestation(a)));
    ArrayNode declarations = root.putArray("errorDeclarations");
    trace.errorDeclarations().forEach(d -> declarations.add(declaration(d)));
    return root;
  }

  private ObjectNode lot(ProvenanceTrace.LotInfo info) {
    Lot lot = info.lot();
    ObjectNode node = JSON.objectNode();
    node.put("lotId", lot.lotId().toHex());
    node.put("kind", lot.kind().name());
    switch (lot.kind()) {
      case LOT -> {
        node.put("gtin", info.gs1Key());
        node.put("lotNumber", info.lotNumber());
        node.putNull("sscc");
      }
      case CONTAINER -> {
        node.putNull("gtin");
        node.putNull("lotNumber");
        node.put("sscc", info.gs1Key());
      }
    }
    node.put("digitalLink", digitalLink(lot.kind(), info));
    node.put("status", lot.status().name());
    node.put("creator", lot.creator().toHex());
    time(node, "created", lot.createdAt());
    node.put("custodian", lot.custodian().toHex());
    address(node, "inTransitTo", lot.inTransitTo());
    boolean recalled = reader.isRecalled(storage, lot.lotId());
    node.put("recalled", recalled);
    word(node, "recallOrigin", recalled ? lot.recallOrigin() : Word.ZERO);
    word(node, "container", lot.container());
    return node;
  }

  private String digitalLink(LotKind kind, ProvenanceTrace.LotInfo info) {
    return switch (kind) {
      case LOT -> new DigitalLink(info.gs1Key(), info.lotNumber()).uri(linkBase);
      case CONTAINER -> linkBase + "/00/" + info.gs1Key();
    };
  }

  private static ObjectNode event(EpcisEvent event) {
    EventContext context = event.context();
    ObjectNode node = JSON.objectNode();
    node.put("eventId", event.eventId());
    node.put("type", event.type().epcisName());
    node.put("action", event.action().map(EpcisAction::name).orElse(null));
    node.put("bizStep", context.bizStep().urn());
    node.put("disposition", context.disposition().map(d -> d.urn()).orElse(null));
    time(node, "eventTime", context.eventTime());
    time(node, "recordTime", event.recordTime());
    node.put("blockNumber", event.blockNumber());
    node.put("recorder", event.recorder().toHex());
    address(node, "counterparty", event.counterparty());
    word(node, "parentId", event.parentId());
    words(node.putArray("lotIds"), event.lots());
    words(node.putArray("outputLotIds"), event.outputs());
    node.put("readPoint", context.readPoint().orElse(null));
    node.put("bizLocation", context.bizLocation().orElse(null));
    if (context.hasSensor()) {
      ObjectNode sensor = node.putObject("sensor");
      sensor.put("minTemperatureCelsius", celsius(context.minTempCentiC()));
      sensor.put("maxTemperatureCelsius", celsius(context.maxTempCentiC()));
    } else {
      node.putNull("sensor");
    }
    if (context.documentHash().isZero() && context.documentUri().isEmpty()) {
      node.putNull("document");
    } else {
      ObjectNode document = node.putObject("document");
      document.put("hash", context.documentHash().toHex());
      document.put("uri", context.documentUri());
    }
    return node;
  }

  private static ObjectNode attestation(Attestation attestation) {
    ObjectNode node = JSON.objectNode();
    node.put("eventId", attestation.eventId());
    node.put("auditor", attestation.auditor().toHex());
    time(node, "time", attestation.time());
    node.put("statementHash", attestation.statementHash().toHex());
    return node;
  }

  private static ObjectNode declaration(ErrorDeclaration declaration) {
    ObjectNode node = JSON.objectNode();
    node.put("eventId", declaration.eventId());
    node.put("declarer", declaration.declarer().toHex());
    node.put("reason", declaration.reason().urn());
    time(node, "declarationTime", declaration.declarationTime());
    ArrayNode corrective = node.putArray("correctiveEventIds");
    declaration.correctiveEventIds().forEach(corrective::add);
    return node;
  }

  private static BigDecimal celsius(int centi) {
    return BigDecimal.valueOf(centi, 2);
  }

  /** {@code <name>} as ISO-8601 UTC and {@code <name>Seconds} as Unix seconds. */
  private static void time(ObjectNode node, String name, long seconds) {
    node.put(name, Instant.ofEpochSecond(seconds).toString());
    node.put(name + "Seconds", seconds);
  }

  private static void address(ObjectNode node, String name, ChainAddress address) {
    node.put(name, address.equals(ChainAddress.ZERO) ? null : address.toHex());
  }

  private static void word(ObjectNode node, String name, Word word) {
    node.put(name, word.isZero() ? null : word.toHex());
  }

  private static void words(ArrayNode array, List<Word> words) {
    words.forEach(w -> array.add(w.toHex()));
  }
}
