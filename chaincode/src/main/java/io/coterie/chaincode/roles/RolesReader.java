package io.coterie.chaincode.roles;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.List;

/**
 * Unmetered reads of the Roles precompile's storage, for the node (account permissioning, RPC
 * views) and for other precompiles' host-side checks. Registered in the {@link
 * io.coterie.chaincode.spi.ServiceRegistry} by {@link RolesModule}. Stateless and thread-safe.
 */
public final class RolesReader {

  /** Whether {@code account} holds {@code role}: one storage read. */
  public boolean hasRole(WorldStorage storage, Word role, ChainAddress account) {
    return state(storage).hasRole(role, account);
  }

  /**
   * Whether {@code account} holds at least one role, which permits it to send transactions: one
   * storage read (the per-account role count).
   */
  public boolean holdsAnyRole(WorldStorage storage, ChainAddress account) {
    return state(storage).roleCount(account).signum() > 0;
  }

  /**
   * Whether the genesis made the DAO governor the only admin of MEMBER_ROLE and of exchange rates
   * (DEFAULT_ADMIN_ROLE holders cannot bypass it): one storage read.
   */
  public boolean governorExclusive(WorldStorage storage) {
    return state(storage).governorExclusive();
  }

  /** The admin role of {@code role} ({@code DEFAULT_ADMIN_ROLE} unless set). */
  public Word roleAdmin(WorldStorage storage, Word role) {
    return state(storage).adminRole(role);
  }

  /** Holders of {@code role} in enumeration order (as {@code getRoleMembers}). */
  public List<ChainAddress> members(WorldStorage storage, Word role) {
    return List.copyOf(state(storage).members(role));
  }

  private static RolesState state(WorldStorage storage) {
    return new RolesState(AccountSlots.readOnly(storage, StandardRoles.ROLES_ADDRESS));
  }
}
