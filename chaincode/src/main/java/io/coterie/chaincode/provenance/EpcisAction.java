package io.coterie.chaincode.provenance;

import java.util.Optional;

/**
 * EPCIS {@code action}: ABI code {@code ordinal + 1}; code 0 is "no action", used by
 * TransformationEvents, which have none.
 */
public enum EpcisAction {
  ADD,
  OBSERVE,
  DELETE;

  private static final EpcisAction[] VALUES = values();

  public int code() {
    return ordinal() + 1;
  }

  public static Optional<EpcisAction> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }
}
