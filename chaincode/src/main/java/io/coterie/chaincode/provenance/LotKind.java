package io.coterie.chaincode.provenance;

import java.util.Optional;

/**
 * A {@code LOT} is a GTIN + batch/lot (commissioned or output by a transformation); a {@code
 * CONTAINER} is an aggregation parent such as a pallet (SSCC), created by its first
 * AggregationEvent ADD. Code ordinal + 1.
 */
public enum LotKind {
  LOT,
  CONTAINER;

  private static final LotKind[] VALUES = values();

  public int code() {
    return ordinal() + 1;
  }

  public static Optional<LotKind> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }
}
