package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@code EPCISDocument} read for capture: the envelope checked ({@code type}, {@code
 * schemaVersion} 2.0, {@code creationDate}, {@code @context}, {@code epcisBody.eventList}) and
 * every event mapped to its Provenance call ({@link EpcisEventMapper}), with the signed transaction
 * it carries, if any ({@code coterie:signedTransaction}). Nothing is half read: the first problem
 * refuses the whole document.
 */
public final class CaptureDocument {
  /** Events one capture may hold; GS1's CaptureLimitExceededException beyond. */
  public static final int MAX_EVENTS = 64;

  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final List<String> ENVELOPE =
      List.of(
          "@context",
          "type",
          "schemaVersion",
          "creationDate",
          "id",
          "sender",
          "receiver",
          "instanceIdentifier",
          "epcisBody");

  private CaptureDocument() {}

  /** An event, its call and the signed transaction it carries ("" when none). */
  public record Event(ProvenanceCall call, String signedTransaction) {
    public Event {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(signedTransaction, "signedTransaction");
    }
  }

  /** The outcome of {@link #read}. */
  public sealed interface Result permits Read, Refused {}

  /** The document's events, in order, and the parsed document itself. */
  public record Read(JsonNode document, List<Event> events) implements Result {
    public Read {
      events = List.copyOf(events);
    }
  }

  public record Refused(EpcisProblem problem) implements Result {}

  public static Result read(String text) {
    JsonNode doc;
    try {
      doc = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new Refused(
          EpcisProblem.validation(
              "",
              "the body is not JSON ("
                  + e.getOriginalMessage()
                  + " at line "
                  + e.getLocation().getLineNr()
                  + "); send an EPCISDocument in JSON-LD"));
    }
    try {
      return new Read(doc, events(doc));
    } catch (EpcisRefusal refusal) {
      return new Refused(refusal.problem());
    }
  }

  private static List<Event> events(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      throw EpcisRefusal.at("", "send an EPCISDocument: a JSON object");
    }
    EventFields envelope = new EventFields(doc, "");
    if (!"EPCISDocument".equals(envelope.text("type").orElse(""))) {
      throw EpcisRefusal.at("/type", "type must be EPCISDocument");
    }
    if (!"2.0".equals(envelope.text("schemaVersion").orElse(""))) {
      throw EpcisRefusal.at("/schemaVersion", "schemaVersion must be \"2.0\" (EPCIS 2.0)");
    }
    envelope.requiredText("creationDate");
    if (envelope.node("@context").isEmpty()) {
      throw EpcisRefusal.at(
          "/@context",
          "@context is required: https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
    }
    envelope.allowOnly(ENVELOPE, "an EPCISDocument (epcisHeader master data is not kept)");
    EventFields body =
        envelope.child(
            "epcisBody",
            envelope
                .node("epcisBody")
                .orElseThrow(() -> EpcisRefusal.at("/epcisBody", "epcisBody is required")));
    body.allowOnly(List.of("eventList"), "an epcisBody");
    List<EventFields.Element> list = body.array("eventList");
    if (list.isEmpty()) {
      throw EpcisRefusal.at("/epcisBody/eventList", "eventList needs at least one event");
    }
    if (list.size() > MAX_EVENTS) {
      throw new EpcisRefusal(
          new EpcisProblem(
              EpcisProblem.Kind.CAPTURE_LIMIT_EXCEEDED,
              "/epcisBody/eventList",
              "a capture holds at most "
                  + MAX_EVENTS
                  + " events (this one has "
                  + list.size()
                  + "); split the document"));
    }
    List<Event> events = new ArrayList<>();
    for (EventFields.Element element : list) {
      EventFields event = element.object();
      ProvenanceCall call = EpcisEventMapper.map(event);
      events.add(new Event(call, event.text(EpcisEventMapper.SIGNED_TRANSACTION).orElse("")));
    }
    return events;
  }
}
