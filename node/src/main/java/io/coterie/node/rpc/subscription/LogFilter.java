package io.coterie.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.InvalidParamsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The address and topics part of a log filter ({@code eth_subscribe("logs", ..)}, {@code
 * eth_getLogs}). Addresses and topics are lowercase 0x hex. An empty {@code addresses} list matches
 * every address; in {@code topics}, position i holds the accepted values of the log's topic i, an
 * empty list there being a wildcard.
 */
public record LogFilter(List<String> addresses, List<List<String>> topics) {

  public static final LogFilter ALL = new LogFilter(List.of(), List.of());

  public LogFilter {
    addresses = addresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    topics =
        topics.stream()
            .map(
                alternatives -> alternatives.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())
            .toList();
  }

  /**
   * Reads {@code {"address": a | [a..], "topics": [t | null | [t..], ..]}}; other fields (block
   * range) are the caller's. A null or missing filter matches all logs.
   */
  public static LogFilter fromJson(JsonNode filter) {
    if (filter == null || filter.isNull() || filter.isMissingNode()) {
      return ALL;
    }
    if (!filter.isObject()) {
      throw new InvalidParamsException(
          "a log filter is an object {\"address\": .., \"topics\": [..]}");
    }
    return new LogFilter(addresses(filter.get("address")), topics(filter.get("topics")));
  }

  private static List<String> addresses(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isTextual()) {
      out.add(hex(node, 20, "address"));
      return out;
    }
    if (!node.isArray()) {
      throw new InvalidParamsException("address: expected an address or an array of addresses");
    }
    node.forEach(element -> out.add(hex(element, 20, "address")));
    return out;
  }

  private static List<List<String>> topics(JsonNode node) {
    List<List<String>> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new InvalidParamsException(
          "topics: expected an array whose entries are a topic, null, or an array of topics");
    }
    if (node.size() > 4) {
      throw new InvalidParamsException(
          "topics: a log has at most 4 topics, got " + node.size() + " positions");
    }
    for (JsonNode position : node) {
      List<String> alternatives = new ArrayList<>();
      if (position.isArray()) {
        for (JsonNode alternative : position) {
          if (alternative.isNull()) {
            alternatives.clear();
            break;
          }
          alternatives.add(hex(alternative, 32, "topic"));
        }
      } else if (!position.isNull()) {
        alternatives.add(hex(position, 32, "topic"));
      }
      out.add(alternatives);
    }
    return out;
  }

  private static String hex(JsonNode node, int length, String what) {
    if (!node.isTextual()) {
      throw new InvalidParamsException(
          what + ": expected 0x-prefixed hex of " + length + " bytes, got " + node);
    }
    try {
      return Data.encode(Data.decode(node.textValue(), length));
    } catch (InvalidParamsException e) {
      throw new InvalidParamsException(what + ": " + e.getMessage());
    }
  }
}
