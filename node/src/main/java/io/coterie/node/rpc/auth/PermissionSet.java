package io.coterie.node.rpc.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A permissions list (Besu's {@code permissions = ["eth:*", "net:version"]}). */
public record PermissionSet(List<Permission> entries) {
  public static final PermissionSet NONE = new PermissionSet(List.of());
  public static final PermissionSet ALL = new PermissionSet(List.of(Permission.parse("*:*")));

  public PermissionSet {
    entries = List.copyOf(entries);
  }

  /**
   * Parses each text with {@link Permission#parse}.
   *
   * @throws IllegalArgumentException naming the first bad entry
   */
  public static PermissionSet parse(Collection<String> texts) {
    List<Permission> parsed = new ArrayList<>();
    for (String text : texts) {
      parsed.add(Permission.parse(text));
    }
    return new PermissionSet(parsed);
  }

  /**
   * The method names themselves ({@code eth_blockNumber}), as {@code
   * --rpc-http-api-methods-no-auth} lists them.
   */
  public static PermissionSet ofMethods(Collection<String> rpcMethods) {
    return parse(rpcMethods.stream().map(Permission::neededBy).toList());
  }

  public boolean permits(String rpcMethod) {
    for (Permission entry : entries) {
      if (entry.covers(rpcMethod)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries as text, for a token's {@code permissions} claim and for error messages. */
  public List<String> texts() {
    return entries.stream().map(Permission::toString).toList();
  }
}
