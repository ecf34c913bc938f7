package io.coterie.node.rpc.server;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The host allowlist and CORS origin rules, answering with the reason a request is refused. */
final class RequestGuard {
  private final List<String> hostAllowlist;
  private final List<String> corsOrigins;

  RequestGuard(List<String> hostAllowlist, List<String> corsOrigins) {
    this.hostAllowlist = hostAllowlist.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    this.corsOrigins = corsOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  /** Why the Host header is refused, or empty when it is allowed. */
  Optional<String> hostProblem(HttpRequest request) {
    if (hostAllowlist.contains("*")) {
      return Optional.empty();
    }
    String host = request.headers().get(HttpHeaderNames.HOST);
    if (host == null || host.isBlank()) {
      return Optional.of(
          "the request has no Host header; this node only answers hosts " + hostAllowlist);
    }
    String name = hostName(host.trim().toLowerCase(Locale.ROOT));
    if (hostAllowlist.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(
        "host '"
            + name
            + "' is not allowed; allowed hosts: "
            + String.join(",", hostAllowlist)
            + " (add it with --host-allowlist)");
  }

  /** The Origin header, if the request has one. */
  static Optional<String> origin(HttpRequest request) {
    return Optional.ofNullable(request.headers().get(HttpHeaderNames.ORIGIN));
  }

  boolean originAllowed(String origin) {
    return corsOrigins.contains("*") || corsOrigins.contains(origin.toLowerCase(Locale.ROOT));
  }

  String originProblem(String origin) {
    return corsOrigins.isEmpty()
        ? "origin '"
            + origin
            + "' is not allowed: CORS is off (enable it with --rpc-http-cors-origins)"
        : "origin '"
            + origin
            + "' is not allowed; allowed origins: "
            + String.join(",", corsOrigins)
            + " (add it with --rpc-http-cors-origins)";
  }

  private static String hostName(String hostHeader) {
    if (hostHeader.startsWith("[")) {
      int end = hostHeader.indexOf(']');
      return end < 0 ? hostHeader : hostHeader.substring(1, end);
    }
    int colon = hostHeader.lastIndexOf(':');
    return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
  }
}
