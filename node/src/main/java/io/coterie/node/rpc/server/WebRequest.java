package io.coterie.node.rpc.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request for a {@link WebRoutes} page: the method ({@code GET}, or {@code POST} where the routes
 * accept it), the decoded path, the query parameters, the headers a page negotiates on ({@code
 * Accept}, {@code Accept-Language}, {@code Host}; empty strings when absent) and the body (empty
 * for a GET).
 */
public record WebRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    String accept,
    String acceptLanguage,
    String host,
    String body) {
  public WebRequest {
    query = Map.copyOf(query);
  }

  /** A GET without a body. */
  public WebRequest(
      String path,
      Map<String, List<String>> query,
      String accept,
      String acceptLanguage,
      String host) {
    this("GET", path, query, accept, acceptLanguage, host, "");
  }

  /** The first value of query parameter {@code name}. */
  public Optional<String> parameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
