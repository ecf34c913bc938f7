package io.coterie.node.rpc.auth;

import io.coterie.node.types.Address;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one caller may call now: the union of its parts (a user's permissions list, or the grants of
 * the roles an address holds at the head), under a ceiling (a token's own {@code permissions} claim
 * narrows a role-based token). Built per request, so a role granted or revoked on chain counts from
 * the next request.
 */
public final class Grant {
  private final String subject;
  private final Address self;
  private final SortedMap<String, RoleGrant> parts;
  private final PermissionSet ceiling;
  private final boolean authenticated;
  private final String howToAuthenticate;

  private Grant(
      String subject,
      Address self,
      SortedMap<String, RoleGrant> parts,
      PermissionSet ceiling,
      boolean authenticated,
      String howToAuthenticate) {
    this.subject = subject;
    this.self = self;
    this.parts = new TreeMap<>(parts);
    this.ceiling = ceiling;
    this.authenticated = authenticated;
    this.howToAuthenticate = howToAuthenticate;
  }

  /** A credentials-file user (or an external token's {@code permissions} claim). */
  public static Grant user(String name, PermissionSet permissions) {
    return new Grant(
        "user '" + name + "'",
        null,
        new TreeMap<>(java.util.Map.of("permissions", RoleGrant.of(permissions))),
        PermissionSet.ALL,
        true,
        "");
  }

  /** An address with the grants of the roles it holds, under {@code ceiling}. */
  public static Grant address(
      Address address, SortedMap<String, RoleGrant> heldRoles, PermissionSet ceiling) {
    String roles = heldRoles.isEmpty() ? "no role" : String.join(", ", heldRoles.keySet());
    return new Grant(address.toHex() + " (" + roles + ")", address, heldRoles, ceiling, true, "");
  }

  /**
   * A caller without a token: only the methods the endpoint opens without authentication; {@code
   * howToAuthenticate} ends the refusal of any other.
   */
  public static Grant anonymous(PermissionSet methodsNoAuth, String howToAuthenticate) {
    return new Grant(
        "a caller without a token",
        null,
        new TreeMap<>(java.util.Map.of("no-auth", RoleGrant.of(methodsNoAuth))),
        PermissionSet.ALL,
        false,
        howToAuthenticate);
  }

  public boolean authenticated() {
    return authenticated;
  }

  /** For a caller without a token: how to get one. */
  public String howToAuthenticate() {
    return howToAuthenticate;
  }

  /** How errors name the caller: {@code user 'ops'} or {@code 0xabc… (AUDITOR_ROLE)}. */
  public String subject() {
    return subject;
  }

  /** The address a role-based token proved; empty for users and anonymous callers. */
  public Optional<Address> self() {
    return Optional.ofNullable(self);
  }

  public boolean permits(String rpcMethod) {
    return ceiling.permits(rpcMethod) && !granting(rpcMethod).isEmpty();
  }

  /** The read-only roles held (a holder of one may not send, whatever else it holds). */
  public List<String> readOnlyRoles() {
    return parts.entrySet().stream()
        .filter(e -> e.getValue().readOnly())
        .map(java.util.Map.Entry::getKey)
        .toList();
  }

  /**
   * Where the caller's transactions may go: empty when anywhere (one permitting part has no {@code
   * send-to}), else the union of the permitting parts' lists.
   */
  public Optional<TreeSet<Address>> sendTargets(String rpcMethod) {
    TreeSet<Address> targets = new TreeSet<>();
    for (RoleGrant part : granting(rpcMethod)) {
      if (part.sendTo().isEmpty()) {
        return Optional.empty();
      }
      targets.addAll(part.sendTo());
    }
    return Optional.of(targets);
  }

  /** Whether every part that permits {@code rpcMethod} limits consent reads to the caller. */
  public boolean ownConsentRecordsOnly(String rpcMethod) {
    Collection<RoleGrant> granting = granting(rpcMethod);
    return self != null
        && !granting.isEmpty()
        && granting.stream().allMatch(RoleGrant::ownConsentRecordsOnly);
  }

  /** The permissions held, for an error that says what the caller has. */
  public List<String> describePermissions() {
    TreeSet<String> all = new TreeSet<>();
    parts.values().forEach(part -> all.addAll(part.permissions().texts()));
    return List.copyOf(all);
  }

  private List<RoleGrant> granting(String rpcMethod) {
    return parts.values().stream().filter(p -> p.permissions().permits(rpcMethod)).toList();
  }
}
