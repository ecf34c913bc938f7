package io.coterie.chaincode.roles;

import io.coterie.chaincode.abi.SolidityError;

/** Errors of the Roles precompile beyond {@link io.coterie.chaincode.abi.StandardErrors}. */
public final class RolesErrors {
  private RolesErrors() {}

  /** OZ: {@code account} lacks {@code neededRole} (selector {@code 0xe2517d3f}). */
  public static final SolidityError UNAUTHORIZED_ACCOUNT =
      new SolidityError("AccessControlUnauthorizedAccount(address,bytes32)");

  /** OZ: {@code renounceRole} confirmation is not the caller (selector {@code 0x6697b232}). */
  public static final SolidityError BAD_CONFIRMATION =
      new SolidityError("AccessControlBadConfirmation()");
}
