package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.util.Optional;

/**
 * OZ {@code Ownable2Step} on a program token: the program's owner (its brand, stored in the
 * registry) names a new owner, who accepts; then the new owner configures the program. The DAO
 * governor may own a program, configuring it through executed proposals.
 */
final class OwnershipFunctions {
  private OwnershipFunctions() {}

  static CallResult owner(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(address(call.programs.brand(call.id))));
  }

  static CallResult pendingOwner(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(address(ownership(call).pendingOwner())));
  }

  static CallResult transferOwnership(TokenCall call, CalldataReader args) {
    ChainAddress newOwner = args.address(0);
    return ownership(call).start(call.sender(), newOwner).orElseGet(CallResult::success);
  }

  /** The pending owner takes over; it must hold BRAND_ROLE or be the DAO governor. */
  static CallResult acceptOwnership(TokenCall call, CalldataReader args) {
    Ownable2Step ownership = ownership(call);
    ChainAddress sender = call.sender();
    Optional<CallResult> denied = ownership.requirePending(sender);
    if (denied.isPresent()) {
      return denied.get();
    }
    if (!sender.equals(StandardRoles.DAO_GOVERNOR_ADDRESS)
        && !call.access.hasRole(call.ctx, StandardRoles.BRAND_ROLE, sender)) {
      return LoyaltyErrors.UNAUTHORIZED_ACCOUNT.revert(
          address(sender), bytes32(StandardRoles.BRAND_ROLE));
    }
    ownership.accept(sender);
    return CallResult.success();
  }

  private static Ownable2Step ownership(TokenCall call) {
    return call.programs.ownership(call.id, call::emit);
  }
}
