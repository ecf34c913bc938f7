package io.coterie.chaincode.gtin;

import io.coterie.chaincode.abi.SolidityEvent;

/** The registry's one event: every registration, transfer and removal, for auditors. */
public final class GtinRegistryEvents {
  private GtinRegistryEvents() {}

  /**
   * {@code GtinBindingChanged(bytes32 indexed keyHash, address indexed previousOwner, address
   * indexed newOwner, string key, address sender)}: keyHash is keccak256(bytes(key)); previous 0 on
   * registration, new 0 on removal.
   */
  public static final SolidityEvent BINDING_CHANGED =
      new SolidityEvent("GtinBindingChanged(bytes32,address,address,string,address)");
}
