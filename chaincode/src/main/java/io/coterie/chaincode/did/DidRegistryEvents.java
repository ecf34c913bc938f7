package io.coterie.chaincode.did;

import io.coterie.chaincode.abi.SolidityEvent;

/**
 * The ERC-1056 events. Each has {@code identity} as its one indexed argument and ends with {@code
 * previousChange}, the block of the identity's change before this one (0 for the first), so a
 * resolver walks an identity's whole history backwards from {@code changed(identity)}.
 */
public final class DidRegistryEvents {
  private DidRegistryEvents() {}

  /** {@code DIDOwnerChanged(address indexed identity, address owner, uint previousChange)}. */
  public static final SolidityEvent OWNER_CHANGED =
      new SolidityEvent("DIDOwnerChanged(address,address,uint256)");

  /**
   * {@code DIDDelegateChanged(address indexed identity, bytes32 delegateType, address delegate,
   * uint validTo, uint previousChange)}.
   */
  public static final SolidityEvent DELEGATE_CHANGED =
      new SolidityEvent("DIDDelegateChanged(address,bytes32,address,uint256,uint256)");

  /**
   * {@code DIDAttributeChanged(address indexed identity, bytes32 name, bytes value, uint validTo,
   * uint previousChange)}.
   */
  public static final SolidityEvent ATTRIBUTE_CHANGED =
      new SolidityEvent("DIDAttributeChanged(address,bytes32,bytes,uint256,uint256)");
}
