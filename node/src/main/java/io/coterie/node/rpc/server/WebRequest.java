package io.coterie.node.rpc.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A GET for a {@link WebRoutes} page: the decoded path, the query parameters, and the headers a
 * page negotiates on ({@code Accept}, {@code Accept-Language}, {@code Host}; empty strings when
 * absent).
 */
public record WebRequest(
    String path,
    Map<String, List<String>> query,
    String accept,
    String acceptLanguage,
    String host) {
  public WebRequest {
    query = Map.copyOf(query);
  }

  /** The first value of query parameter {@code name}. */
  public Optional<String> parameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
