package io.coterie.node.rpc.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.node.logging.LogLevels;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;

/**
 * {@code admin_changeLogLevel(level, [logFilters])}, as Besu: sets the log level ({@code OFF},
 * {@code FATAL}, {@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}, {@code TRACE}, {@code
 * ALL}) of every logger, or only of the loggers named in {@code logFilters} (such as {@code
 * ["io.coterie.node.rpc"]}) and those below them, until the node stops. Returns {@code "Success"}.
 * An unknown level or a filter that is not a string is -32602.
 */
public final class AdminChangeLogLevel implements RpcMethod {
  @Override
  public String name() {
    return "admin_changeLogLevel";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Level level;
    try {
      level = LogLevels.parse(params.requiredString(0, "level"));
    } catch (IllegalArgumentException e) {
      throw new InvalidParamsException(e.getMessage()).forParam(0, "level");
    }
    List<String> filters =
        params.optional(1, "logFilters").map(AdminChangeLogLevel::filters).orElse(List.of());
    try {
      LogLevels.set(level, filters);
    } catch (IllegalArgumentException e) {
      throw new InvalidParamsException(e.getMessage()).forParam(1, "logFilters");
    }
    return "Success";
  }

  private static List<String> filters(JsonNode node) {
    List<String> filters = new ArrayList<>();
    if (!node.isArray()) {
      throw new InvalidParamsException(
              "logFilters must be an array of logger names, such as [\"io.coterie.node.rpc\"]")
          .forParam(1, "logFilters");
    }
    for (JsonNode filter : node) {
      if (!filter.isTextual()) {
        throw new InvalidParamsException(
                "each log filter must be a logger name (a string), got " + filter)
            .forParam(1, "logFilters");
      }
      filters.add(filter.asText());
    }
    return filters;
  }
}
