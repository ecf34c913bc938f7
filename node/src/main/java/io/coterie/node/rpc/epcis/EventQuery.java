package io.coterie.node.rpc.epcis;

import io.coterie.chaincode.provenance.BizStep;
import io.coterie.chaincode.provenance.Disposition;
import io.coterie.chaincode.provenance.EpcisEvent;
import io.coterie.chaincode.provenance.Gs1;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.rpc.web.CbvTerms;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The query binding's common SimpleEventQuery parameters, parsed from {@code GET /epcis/events}
 * into one predicate over recorded events: {@code eventType}, {@code EQ_bizStep}, {@code
 * EQ_disposition}, {@code EQ_readPoint}, {@code EQ_bizLocation}, {@code GE_/LT_eventTime}, {@code
 * GE_/LT_recordTime}, {@code MATCH_epc} / {@code MATCH_epcClass} (the lots an event names: EPC
 * lists, children, inputs and outputs, which this chain renders as class-level identifiers) and
 * {@code MATCH_anyEPC} / {@code MATCH_anyEPCClass} (also the parent), plus {@code perPage} and
 * {@code nextPageToken}. Several values of one parameter are alternatives ({@code a|b}, or the
 * parameter repeated); different parameters must all hold. Any other parameter is a
 * QueryParameterException, as the standard asks.
 */
record EventQuery(Predicate<EpcisEvent> filter, int perPage, long fromEventId) {
  static final int DEFAULT_PER_PAGE = 30;
  static final int MAX_PER_PAGE = 100;

  /** A parameter the query cannot read; its message says why and what to send. */
  static final class BadParameter extends RuntimeException {
    BadParameter(String message) {
      super(message, null, false, false);
    }
  }

  static EventQuery parse(Map<String, List<String>> parameters) {
    Predicate<EpcisEvent> filter = e -> true;
    int perPage = DEFAULT_PER_PAGE;
    long from = 1;
    for (Map.Entry<String, List<String>> parameter :
        new java.util.TreeMap<>(parameters).entrySet()) {
      String name = parameter.getKey();
      List<String> values = new ArrayList<>();
      parameter.getValue().forEach(v -> values.addAll(List.of(v.split("\\|"))));
      String one = values.get(0);
      filter =
          filter.and(
              switch (name) {
                case "eventType" -> eventType(values);
                case "EQ_bizStep" -> bizStep(values);
                case "EQ_disposition" -> disposition(values);
                case "EQ_readPoint" -> location(name, values, true);
                case "EQ_bizLocation" -> location(name, values, false);
                case "GE_eventTime" -> e -> e.context().eventTime() >= time(name, one);
                case "LT_eventTime" -> e -> e.context().eventTime() < time(name, one);
                case "GE_recordTime" -> e -> e.recordTime() >= time(name, one);
                case "LT_recordTime" -> e -> e.recordTime() < time(name, one);
                case "MATCH_epc", "MATCH_epcClass" -> lots(name, values, false);
                case "MATCH_anyEPC", "MATCH_anyEPCClass" -> lots(name, values, true);
                case "perPage", "nextPageToken", "token" -> e -> true;
                default ->
                    throw new BadParameter(
                        "unknown query parameter '"
                            + name
                            + "'; this node answers eventType, EQ_bizStep, EQ_disposition,"
                            + " EQ_readPoint, EQ_bizLocation, GE_/LT_eventTime, GE_/LT_recordTime,"
                            + " MATCH_epc, MATCH_epcClass, MATCH_anyEPC, MATCH_anyEPCClass, perPage"
                            + " and nextPageToken");
              });
      if (name.equals("perPage")) {
        perPage = number(name, one, 1, MAX_PER_PAGE);
      } else if (name.equals("nextPageToken")) {
        from = number(name, one, 1, Integer.MAX_VALUE);
      }
    }
    return new EventQuery(filter, perPage, from);
  }

  private static Predicate<EpcisEvent> eventType(List<String> names) {
    return e -> names.contains(e.type().epcisName());
  }

  private static Predicate<EpcisEvent> bizStep(List<String> terms) {
    Set<BizStep> steps = new TreeSet<>();
    for (String term : terms) {
      steps.add(
          CbvTerms.bizStep(term)
              .orElseThrow(
                  () -> new BadParameter("EQ_bizStep: '" + term + "' is not a CBV business step")));
    }
    return e -> steps.contains(e.context().bizStep());
  }

  private static Predicate<EpcisEvent> disposition(List<String> terms) {
    Set<Disposition> dispositions = new TreeSet<>();
    for (String term : terms) {
      dispositions.add(
          CbvTerms.disposition(term)
              .orElseThrow(
                  () ->
                      new BadParameter("EQ_disposition: '" + term + "' is not a CBV disposition")));
    }
    return e -> e.context().disposition().map(dispositions::contains).orElse(false);
  }

  private static Predicate<EpcisEvent> location(String name, List<String> ids, boolean read) {
    Set<String> glns = new TreeSet<>();
    for (String id : ids) {
      glns.add(parsed(name, () -> EpcIdentifiers.gln(id, "")));
    }
    return e ->
        (read ? e.context().readPoint() : e.context().bizLocation())
            .map(glns::contains)
            .orElse(false);
  }

  private static Predicate<EpcisEvent> lots(String name, List<String> ids, boolean parent) {
    Set<Word> wanted = new TreeSet<>();
    for (String id : ids) {
      if (parent && (id.startsWith("urn:epc:id:sscc:") || id.contains("/00/"))) {
        wanted.add(Gs1.containerId(parsed(name, () -> EpcIdentifiers.sscc(id, ""))));
      } else {
        EpcIdentifiers.LotKey lot = parsed(name, () -> EpcIdentifiers.lot(id, ""));
        wanted.add(Gs1.lotId(lot.gtin(), lot.lot()));
      }
    }
    return e ->
        e.lots().stream().anyMatch(wanted::contains)
            || e.outputs().stream().anyMatch(wanted::contains)
            || (parent && wanted.contains(e.parentId()));
  }

  private static <T> T parsed(String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (EpcisRefusal refusal) {
      throw new BadParameter(name + ": " + refusal.problem().detail());
    }
  }

  private static long time(String name, String text) {
    try {
      // a '+' of an unencoded offset arrives as a space
      return OffsetDateTime.parse(text.replace(' ', '+')).toEpochSecond();
    } catch (DateTimeParseException e) {
      throw new BadParameter(
          name
              + ": '"
              + text
              + "' is not an ISO 8601 date-time with offset, e.g. 2026-05-01T00:00:00Z");
    }
  }

  private static int number(String name, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadParameter(name + " must be a whole number from " + min + " to " + max);
  }
}
