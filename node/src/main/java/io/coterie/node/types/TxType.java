package io.coterie.node.types;

/** EIP-2718 transaction types this chain accepts. Legacy transactions have no type byte. */
public enum TxType {
  LEGACY(0x00),
  ACCESS_LIST(0x01),
  DYNAMIC_FEE(0x02);

  private final int code;

  TxType(int code) {
    this.code = code;
  }

  /** The EIP-2718 type byte (0 for legacy, as receipts and JSON-RPC report it). */
  public int code() {
    return code;
  }
}
