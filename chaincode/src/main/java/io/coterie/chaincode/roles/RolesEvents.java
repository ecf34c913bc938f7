package io.coterie.chaincode.roles;

import io.coterie.chaincode.abi.SolidityEvent;

/** OpenZeppelin's {@code IAccessControl} events; all arguments are indexed, data is empty. */
public final class RolesEvents {
  private RolesEvents() {}

  /** {@code RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)}. */
  public static final SolidityEvent ROLE_GRANTED =
      new SolidityEvent("RoleGranted(bytes32,address,address)");

  /** {@code RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)}. */
  public static final SolidityEvent ROLE_REVOKED =
      new SolidityEvent("RoleRevoked(bytes32,address,address)");

  /**
   * {@code RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32
   * indexed newAdminRole)}.
   */
  public static final SolidityEvent ROLE_ADMIN_CHANGED =
      new SolidityEvent("RoleAdminChanged(bytes32,bytes32,bytes32)");
}
