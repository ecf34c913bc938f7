package io.coterie.node.rpc.auth;

import io.coterie.node.types.Address;
import java.util.SortedSet;
import java.util.TreeSet;

/** The roles an account holds now (at the head block), by name. */
public interface RoleSource {
  SortedSet<String> rolesOf(Address account);

  /** For servers without a chain (address logins are then unavailable). */
  RoleSource NONE = account -> new TreeSet<>();
}
