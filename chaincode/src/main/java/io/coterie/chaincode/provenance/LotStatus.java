package io.coterie.chaincode.provenance;

import java.util.Optional;

/**
 * Life of a lot: {@code ACTIVE} from commissioning (or creation by a transformation or aggregation)
 * until an ObjectEvent with action DELETE ends it ({@code ENDED}); code ordinal + 1, and 0 in
 * storage means the lot does not exist.
 */
public enum LotStatus {
  ACTIVE,
  ENDED;

  private static final LotStatus[] VALUES = values();

  public int code() {
    return ordinal() + 1;
  }

  public static Optional<LotStatus> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }
}
