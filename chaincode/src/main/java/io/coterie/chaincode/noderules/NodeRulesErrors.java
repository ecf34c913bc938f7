package io.coterie.chaincode.noderules;

import io.coterie.chaincode.abi.SolidityError;

/** Errors of the NodeRules precompile beyond {@link io.coterie.chaincode.abi.StandardErrors}. */
public final class NodeRulesErrors {
  private NodeRulesErrors() {}

  /**
   * OZ AccessControl: the caller lacks {@code DEFAULT_ADMIN_ROLE}, which changing the list needs.
   */
  public static final SolidityError UNAUTHORIZED_ACCOUNT =
      new SolidityError("AccessControlUnauthorizedAccount(address,bytes32)");

  /** {@code (x, y)} is not a secp256k1 public key: pass the 64 bytes after {@code enode://}. */
  public static final SolidityError INVALID_NODE_KEY =
      new SolidityError("InvalidNodeKey(bytes32,bytes32)");

  /** The node is already on the list. */
  public static final SolidityError NODE_ALREADY_ALLOWED =
      new SolidityError("NodeAlreadyAllowed(bytes32,bytes32)");

  /** The node is not on the list, so there is nothing to remove. */
  public static final SolidityError NODE_NOT_ALLOWED =
      new SolidityError("NodeNotAllowed(bytes32,bytes32)");
}
