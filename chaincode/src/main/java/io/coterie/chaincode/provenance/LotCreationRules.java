package io.coterie.chaincode.provenance;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.string;

import io.coterie.chaincode.gtin.GtinBinding;
import io.coterie.chaincode.gtin.GtinOwnership;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallResult;
import java.util.Optional;

/**
 * Who may create lots under a GTIN, by Provenance version. Version 1: any FARM_ROLE holder
 * commissions any GTIN, and whoever holds the inputs of a transformation names any output GTIN.
 * Version 2: a lot's GTIN must belong to the caller in the GTIN registry ({@code 0x…1009}), for
 * commissioning (by a FARM_ROLE or BRAND_ROLE holder) and for transformation outputs alike, so
 * nobody squats another brand's GTINs or lot ids.
 */
enum LotCreationRules {
  ANY_FARM,
  GTIN_OWNER;

  /** The rules of Provenance version {@code version} (1 or 2). */
  static LotCreationRules ofVersion(int version) {
    return switch (version) {
      case 1 -> ANY_FARM;
      case 2 -> GTIN_OWNER;
      default ->
          throw new IllegalArgumentException("provenance has versions 1 and 2, not " + version);
    };
  }

  int version() {
    return switch (this) {
      case ANY_FARM -> 1;
      case GTIN_OWNER -> 2;
    };
  }

  /** The role check of {@code commissionLot}, before its arguments are validated. */
  Optional<CallResult> requireCommissioner(Recording r) {
    return switch (this) {
      case ANY_FARM -> r.requireRole(StandardRoles.FARM_ROLE);
      case GTIN_OWNER ->
          r.callerHolds(StandardRoles.FARM_ROLE) || r.callerHolds(StandardRoles.BRAND_ROLE)
              ? Optional.empty()
              : Optional.of(
                  ProvenanceErrors.UNAUTHORIZED_ACCOUNT.revert(
                      address(r.caller()), bytes32(StandardRoles.FARM_ROLE)));
    };
  }

  /** Whether the caller may create a lot of {@code gtin} (a valid GTIN-14). */
  Optional<CallResult> requireGtinOwner(Recording r, String gtin) {
    return switch (this) {
      case ANY_FARM -> Optional.empty();
      case GTIN_OWNER -> ownedByCaller(r, gtin);
    };
  }

  private static Optional<CallResult> ownedByCaller(Recording r, String gtin) {
    Optional<GtinBinding> binding = GtinOwnership.resolve(GtinOwnership.metered(r.ctx), gtin);
    if (binding.isEmpty()) {
      return Optional.of(ProvenanceErrors.GTIN_NOT_REGISTERED.revert(string(gtin)));
    }
    if (!binding.get().owner().equals(r.caller())) {
      return Optional.of(
          ProvenanceErrors.GTIN_OWNED_BY_OTHER.revert(
              string(gtin),
              string(binding.get().key()),
              address(binding.get().owner()),
              address(r.caller())));
    }
    return Optional.empty();
  }
}
