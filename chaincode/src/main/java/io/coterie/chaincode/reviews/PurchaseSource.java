package io.coterie.chaincode.reviews;

import java.util.Optional;

/** How a purchase came about, by its {@code uint8 source} in the ABI (the ordinal). */
public enum PurchaseSource {
  /** A claimed trial sample (sample campaigns at {@code 0x…100d}); sourceRef is the campaign id. */
  SAMPLE_CLAIM,
  /** A paid drop of a membership collection; sourceRef is {@link PurchaseRecords#dropKey}. */
  DROP_PURCHASE;

  public static Optional<PurchaseSource> ofCode(long code) {
    PurchaseSource[] all = values();
    return code >= 0 && code < all.length ? Optional.of(all[(int) code]) : Optional.empty();
  }
}
