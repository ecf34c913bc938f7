package io.coterie.node.rpc.auth;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.node.execution.ChaincodeValues;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.state.WorldStateReader;
import io.coterie.node.types.Address;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads, from the Roles precompile's storage at the head, which of the table's roles an account
 * holds: one storage read per role in the table, as the pool reads account permissions.
 */
public final class HeadRoles implements RoleSource {
  private final Supplier<WorldStateReader> head;
  private final RolePermissionTable table;
  private final RolesReader roles = new RolesReader();

  public HeadRoles(Supplier<WorldStateReader> head, RolePermissionTable table) {
    this.head = head;
    this.table = table;
  }

  @Override
  public SortedSet<String> rolesOf(Address account) {
    ReadOnlyWorldStorage storage = new ReadOnlyWorldStorage(head.get());
    SortedSet<String> held = new TreeSet<>();
    for (String role : table.roles().keySet()) {
      if (roles.hasRole(
          storage, RolePermissionTable.roleId(role), ChaincodeValues.toChain(account))) {
        held.add(role);
      }
    }
    return held;
  }
}
