package io.coterie.chaincode.provenance;

import java.util.Optional;

/**
 * The CBV 2.0 dispositions ({@code urn:epcglobal:cbv:disp:<name>}), with the {@code uint8} codes
 * the ABI uses: {@code code = ordinal + 1}; code 0 means "no disposition stated", which EPCIS
 * allows. New CBV values may only be appended.
 */
public enum Disposition {
  ACTIVE,
  AVAILABLE,
  COMPLETENESS_VERIFIED,
  COMPLETENESS_INFERRED,
  CONFORMANT,
  CONTAINER_CLOSED,
  CONTAINER_OPEN,
  DAMAGED,
  DESTROYED,
  DISPENSED,
  DISPOSED,
  ENCODED,
  EXPIRED,
  IN_PROGRESS,
  IN_TRANSIT,
  INACTIVE,
  MISMATCH_INSTANCE,
  MISMATCH_CLASS,
  MISMATCH_QUANTITY,
  NEEDS_REPLACEMENT,
  NO_PEDIGREE_MATCH,
  NON_CONFORMANT,
  NON_SELLABLE_OTHER,
  PARTIALLY_DISPENSED,
  RECALLED,
  RESERVED,
  RETAIL_SOLD,
  RETURNED,
  SELLABLE_ACCESSIBLE,
  SELLABLE_NOT_ACCESSIBLE,
  STOLEN,
  UNAVAILABLE,
  UNKNOWN;

  private static final Disposition[] VALUES = values();

  /** The ABI code (1-based; 0 is "none"). */
  public int code() {
    return ordinal() + 1;
  }

  /** The CBV URN, e.g. {@code urn:epcglobal:cbv:disp:in_transit}. */
  public String urn() {
    return "urn:epcglobal:cbv:disp:" + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The disposition with ABI code {@code code}, if it is one (0 is none: empty). */
  public static Optional<Disposition> fromCode(int code) {
    return code >= 1 && code <= VALUES.length ? Optional.of(VALUES[code - 1]) : Optional.empty();
  }
}
