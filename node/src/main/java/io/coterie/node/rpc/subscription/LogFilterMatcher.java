package io.coterie.node.rpc.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a log passes a {@link LogFilter}, by geth's rules: the address is one of the filter's (or
 * the filter names none); for each topic position the filter gives, the log has a topic there and
 * it is one of the alternatives (or the position is a wildcard). A filter with more positions than
 * the log has topics does not match, even when the extra positions are wildcards.
 */
public final class LogFilterMatcher {
  private LogFilterMatcher() {}

  public static boolean matches(LogFilter filter, String address, List<String> topics) {
    String lowerAddress = address.toLowerCase(Locale.ROOT);
    if (!filter.addresses().isEmpty() && !filter.addresses().contains(lowerAddress)) {
      return false;
    }
    if (filter.topics().size() > topics.size()) {
      return false;
    }
    for (int i = 0; i < filter.topics().size(); i++) {
      List<String> alternatives = filter.topics().get(i);
      if (!alternatives.isEmpty()
          && !alternatives.contains(topics.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** For a log in its JSON-RPC shape: {@code address} and {@code topics} fields. */
  public static boolean matches(LogFilter filter, JsonNode log) {
    JsonNode address = log.path("address");
    List<String> topics = new ArrayList<>();
    log.path("topics").forEach(topic -> topics.add(topic.asText()));
    return matches(filter, address.asText(), topics);
  }
}
