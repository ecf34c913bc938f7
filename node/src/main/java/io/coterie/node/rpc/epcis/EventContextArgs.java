package io.coterie.node.rpc.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.rpc.web.CbvTerms;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The ten context arguments every recording function ends with, read from an event: {@code
 * bizStep}, {@code disposition}, {@code eventTime} (kept to the second, in UTC), {@code readPoint},
 * {@code bizLocation}, temperature readings of {@code sensorElementList} (kept as their minimum and
 * maximum, in hundredths of a degree Celsius), and one document: a {@code bizTransactionList} of
 * one CBV-typed transaction, or Coterie's {@code coterie:document} extension.
 */
final class EventContextArgs {
  static final int MAX_DOCUMENT_URI = 256;

  /** The event's business step, required: every precompile function takes one. */
  static BizStep bizStep(EventFields event) {
    String term = event.requiredText("bizStep");
    return CbvTerms.bizStep(term)
        .orElseThrow(
            () ->
                EpcisRefusal.at(
                    event.pointer("bizStep"),
                    "'"
                        + term
                        + "' is not a CBV 2.0 business step; use one such as commissioning,"
                        + " shipping or receiving"));
  }

  static List<Type> of(EventFields event, BizStep step) {
    int disposition = event.text("disposition").map(d -> disposition(event, d).code()).orElse(0);
    String readPoint = event.locationId("readPoint").orElse("");
    String bizLocation = event.locationId("bizLocation").orElse("");
    Optional<long[]> sensor = SensorReadings.temperatureRange(event);
    Map.Entry<Word, String> document = document(event);
    return List.of(
        new Uint8(step.code()),
        new Uint8(disposition),
        new Uint64(eventTime(event)),
        new Utf8String(readPoint),
        new Utf8String(bizLocation),
        new Bool(sensor.isPresent()),
        new Int32(sensor.map(r -> r[0]).orElse(0L)),
        new Int32(sensor.map(r -> r[1]).orElse(0L)),
        new Bytes32(document.getKey().bytes()),
        new Utf8String(document.getValue()));
  }

  private static Disposition disposition(EventFields event, String term) {
    return CbvTerms.disposition(term)
        .orElseThrow(
            () ->
                EpcisRefusal.at(
                    event.pointer("disposition"),
                    "'" + term + "' is not a CBV 2.0 disposition; use one such as active"));
  }

  static long eventTime(EventFields event) {
    String text = event.requiredText("eventTime");
    try {
      long seconds = OffsetDateTime.parse(text).toEpochSecond();
      if (seconds <= 0) {
        throw EpcisRefusal.at(event.pointer("eventTime"), "eventTime must be after 1970");
      }
      return seconds;
    } catch (DateTimeParseException e) {
      throw EpcisRefusal.at(
          event.pointer("eventTime"),
          "'" + text + "' is not an ISO 8601 date-time with offset, e.g. 2026-05-01T08:00:00Z");
    }
  }

  /** Document hash and URI: a business transaction's marker and id, or coterie:document. */
  private static Map.Entry<Word, String> document(EventFields event) {
    Optional<JsonNode> transactions = event.node("bizTransactionList");
    Optional<JsonNode> own = event.node("coterie:document");
    if (transactions.isPresent() && own.isPresent()) {
      throw EpcisRefusal.at(
          event.pointer("coterie:document"),
          "an event records one document: send bizTransactionList or coterie:document, not both");
    }
    if (own.isPresent()) {
      EventFields doc = event.child("coterie:document", own.get());
      doc.allowOnly(List.of("coterie:uri", "coterie:keccak256"), "a document");
      String uri = uri(doc, doc.text("coterie:uri").orElse(""), "coterie:uri");
      String hash = doc.text("coterie:keccak256").orElse("0x" + "0".repeat(64));
      if (!hash.matches("0x[0-9a-fA-F]{64}")) {
        throw EpcisRefusal.at(
            doc.pointer("coterie:keccak256"), "the document hash must be 0x and 64 hex digits");
      }
      return Map.entry(Word.fromHex(hash), uri);
    }
    if (transactions.isEmpty()) {
      return Map.entry(Word.ZERO, "");
    }
    JsonNode list = transactions.get();
    String pointer = event.pointer("bizTransactionList");
    if (!list.isArray() || list.size() != 1) {
      throw EpcisRefusal.at(
          pointer,
          "the chain records one business transaction per event; send a bizTransactionList of"
              + " one, or one event per transaction");
    }
    EventFields entry = event.child("bizTransactionList/0", list.get(0));
    entry.allowOnly(List.of("type", "bizTransaction"), "a business transaction");
    String type = entry.requiredText("type");
    String name =
        CbvTerms.bizTransactionTypeName(type)
            .orElseThrow(
                () ->
                    EpcisRefusal.at(
                        entry.pointer("type"),
                        "'"
                            + type
                            + "' is not a CBV 2.0 business transaction type ("
                            + String.join(", ", CbvTerms.BIZ_TRANSACTION_TYPES)
                            + "); the chain records only those"));
    String id = uri(entry, entry.requiredText("bizTransaction"), "bizTransaction");
    return Map.entry(CbvTerms.bizTransactionHash(name), id);
  }

  private static String uri(EventFields fields, String uri, String name) {
    if (uri.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DOCUMENT_URI) {
      throw EpcisRefusal.at(
          fields.pointer(name), "the chain keeps URIs of at most " + MAX_DOCUMENT_URI + " bytes");
    }
    return uri;
  }

  /** Hundredths of a degree, exactly, within int32. */
  static long centi(BigDecimal degrees, String pointer) {
    try {
      long value = degrees.movePointRight(2).longValueExact();
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw EpcisRefusal.at(pointer, degrees + " °C is out of range");
      }
      return value;
    } catch (ArithmeticException e) {
      throw EpcisRefusal.at(
          pointer, degrees + " has more than two decimals; the chain keeps hundredths of a degree");
    }
  }

  private EventContextArgs() {}
}
