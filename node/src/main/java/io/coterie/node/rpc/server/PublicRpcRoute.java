package io.coterie.node.rpc.server;

import io.coterie.node.rpc.method.MethodLookup;
import java.util.Objects;

/**
 * A JSON-RPC path served without a token on the web listener and the HTTP port (the member page's
 * {@code POST /member/rpc}), with a method set of its own: the caller reaches only {@code methods},
 * whatever the port's namespaces and authentication say. Requests run like any other POST: the body
 * limit, batch limit, request timeout, response limit and the fair scheduler's lane of the
 * connection all apply.
 */
public record PublicRpcRoute(String path, MethodLookup methods) {
  /** No such route: every POST on the web listener is refused as before. */
  public static final PublicRpcRoute NONE = new PublicRpcRoute("", null);

  public PublicRpcRoute {
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty() && (!path.startsWith("/") || methods == null)) {
      throw new IllegalArgumentException(
          "a public RPC route needs an absolute path and a method set; got '" + path + "'");
    }
  }

  boolean matches(String requestPath) {
    return !path.isEmpty() && path.equals(requestPath);
  }
}
