package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/** Role checks against the Roles precompile's storage, each charged as one storage read. */
final class LoyaltyAccess {
  private final RolesReader roles;

  LoyaltyAccess(RolesReader roles) {
    this.roles = roles;
  }

  boolean hasRole(CallContext ctx, Word role, ChainAddress account) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return roles.hasRole(ctx.storage(), role, account);
  }

  /** The governor or a DEFAULT_ADMIN_ROLE holder. */
  boolean isGovernance(CallContext ctx) {
    return ctx.sender().equals(StandardRoles.DAO_GOVERNOR_ADDRESS)
        || hasRole(ctx, StandardRoles.DEFAULT_ADMIN_ROLE, ctx.sender());
  }

  /**
   * Who sets exchange rates: the governor, or a DEFAULT_ADMIN_ROLE holder unless the genesis made
   * the governor exclusive (then only an executed proposal can).
   */
  boolean maySetRates(CallContext ctx) {
    if (ctx.sender().equals(StandardRoles.DAO_GOVERNOR_ADDRESS)) {
      return true;
    }
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    return !roles.governorExclusive(ctx.storage())
        && hasRole(ctx, StandardRoles.DEFAULT_ADMIN_ROLE, ctx.sender());
  }

  /** The program's brand, the governor or a DEFAULT_ADMIN_ROLE holder: who configures it. */
  boolean mayConfigure(CallContext ctx, ProgramStore store, long id) {
    return ctx.sender().equals(store.brand(id)) || isGovernance(ctx);
  }

  /** A program id argument as a long, or -1 when it is beyond any possible program. */
  static long programId(BigInteger value) {
    return value.compareTo(BigInteger.valueOf(LoyaltyAddresses.MAX_PROGRAMS)) < 0
        ? value.longValueExact()
        : -1;
  }
}
