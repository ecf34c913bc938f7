package io.coterie.node.rpc.auth;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a permissions list in Besu's syntax: {@code namespace:method}, either part {@code *}
 * ({@code *:*} is every method, {@code eth:*} the whole namespace, {@code eth:blockNumber} one
 * method). Namespaces compare case-insensitively, as {@code --rpc-http-api} does; methods exactly.
 */
public record Permission(String namespace, String method) {
  public static final String ANY = "*";

  private static final Pattern PART = Pattern.compile("\\*|[A-Za-z][A-Za-z0-9]*");

  public Permission {
    namespace = namespace.toLowerCase(Locale.ROOT);
    if (!PART.matcher(namespace).matches() || !PART.matcher(method).matches()) {
      throw new IllegalArgumentException(
          "permission '"
              + namespace
              + ":"
              + method
              + "' is not namespace:method; write it as \"eth:*\", \"*:*\" or"
              + " \"eth:blockNumber\"");
    }
  }

  /**
   * Parses {@code "eth:blockNumber"}.
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static Permission parse(String text) {
    String trimmed = text.trim();
    int colon = trimmed.indexOf(':');
    if (colon <= 0 || colon != trimmed.lastIndexOf(':') || colon == trimmed.length() - 1) {
      throw new IllegalArgumentException(
          "permission '"
              + text
              + "' is not namespace:method; write it as \"eth:*\", \"*:*\" or"
              + " \"eth:blockNumber\"");
    }
    return new Permission(trimmed.substring(0, colon), trimmed.substring(colon + 1));
  }

  /**
   * The permission a JSON-RPC method needs, as text: {@code eth_blockNumber} needs {@code
   * eth:blockNumber}.
   */
  public static String neededBy(String rpcMethod) {
    int underscore = rpcMethod.indexOf('_');
    return underscore < 0
        ? rpcMethod + ":*"
        : rpcMethod.substring(0, underscore) + ":" + rpcMethod.substring(underscore + 1);
  }

  /** Whether this entry covers the JSON-RPC method {@code rpcMethod} (such as eth_blockNumber). */
  public boolean covers(String rpcMethod) {
    int underscore = rpcMethod.indexOf('_');
    String ns =
        (underscore < 0 ? rpcMethod : rpcMethod.substring(0, underscore)).toLowerCase(Locale.ROOT);
    String name = underscore < 0 ? "" : rpcMethod.substring(underscore + 1);
    return (namespace.equals(ANY) || namespace.equals(ns))
        && (method.equals(ANY) || method.equals(name));
  }

  @Override
  public String toString() {
    return namespace + ":" + method;
  }
}
