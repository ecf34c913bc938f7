package io.coterie.chaincode.abi;

import java.util.Locale;

/** Solidity state mutability of a function, as in the ABI JSON's {@code stateMutability}. */
public enum Mutability {
  /** Reads state only; allowed in static calls. */
  VIEW,
  /** Reads nothing from state. */
  PURE,
  /** Writes state; rejects value. */
  NONPAYABLE,
  /** Writes state and accepts value. */
  PAYABLE;

  /** The ABI JSON spelling. */
  public String abiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean writes() {
    return switch (this) {
      case VIEW, PURE -> false;
      case NONPAYABLE, PAYABLE -> true;
    };
  }

  boolean acceptsValue() {
    return switch (this) {
      case VIEW, PURE, NONPAYABLE -> false;
      case PAYABLE -> true;
    };
  }
}
