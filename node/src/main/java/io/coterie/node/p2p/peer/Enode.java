package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.PublicKey;
import java.util.HexFormat;
import java.util.Locale;

/** A node's address as an enode URL: {@code enode://<128 hex digits>@host:port}. */
public record Enode(PublicKey nodeId, String host, int port) {
  public Enode {
    if (host.isBlank()) {
      throw new IllegalArgumentException("an enode needs a host");
    }
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("an enode port must be 0-65535, got " + port);
    }
  }

  /** Parses an enode URL; a query such as {@code ?discport=0} is ignored. */
  public static Enode parse(String url) {
    String text = url.strip();
    String hint = "; expected enode://<128 hex digits of the node public key>@<host>:<port>";
    if (!text.startsWith("enode://")) {
      throw new IllegalArgumentException("'" + url + "' does not start with enode://" + hint);
    }
    int at = text.indexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException("'" + url + "' has no @host:port" + hint);
    }
    String id = text.substring("enode://".length(), at);
    if (id.length() != 128) {
      throw new IllegalArgumentException(
          "the node id of '" + url + "' has " + id.length() + " hex digits, not 128" + hint);
    }
    PublicKey key;
    try {
      key = PublicKey.fromBytes(HexFormat.of().parseHex(id));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the node id of '" + url + "' is not hex" + hint);
    }
    String address = text.substring(at + 1);
    int query = address.indexOf('?');
    if (query >= 0) {
      address = address.substring(0, query);
    }
    int colon = address.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("'" + url + "' has no port" + hint);
    }
    String host = address.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return new Enode(key, host, Integer.parseInt(address.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the port of '" + url + "' is not a number" + hint);
    }
  }

  public String nodeIdHex() {
    return HexFormat.of().formatHex(nodeId.toBytes()).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    String printed = host.contains(":") ? "[" + host + "]" : host;
    return "enode://" + nodeIdHex() + "@" + printed + ":" + port;
  }
}
