package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.Objects;

/**
 * A lot or container as stored (its fixed-size fields; strings, events and lineage are read
 * separately). {@code inTransitTo}, {@code recallOrigin} and {@code container} are zero when not
 * set.
 */
public record Lot(
    Word lotId,
    LotKind kind,
    LotStatus status,
    ChainAddress creator,
    long createdAt,
    ChainAddress custodian,
    ChainAddress inTransitTo,
    boolean recalled,
    Word recallOrigin,
    Word container) {
  public Lot {
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(custodian, "custodian");
    Objects.requireNonNull(inTransitTo, "inTransitTo");
    Objects.requireNonNull(recallOrigin, "recallOrigin");
    Objects.requireNonNull(container, "container");
  }

  /** Shipped and not yet received. */
  public boolean inTransit() {
    return !inTransitTo.equals(ChainAddress.ZERO);
  }

  /** Currently aggregated into a container. */
  public boolean inContainer() {
    return !container.isZero();
  }
}
