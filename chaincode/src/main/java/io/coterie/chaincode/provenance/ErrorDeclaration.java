package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.ChainAddress;
import java.util.List;
import java.util.Objects;

/**
 * An EPCIS error declaration: event {@code eventId} is declared erroneous by {@code declarer} for
 * {@code reason}, optionally pointing at the events that correct it. The erroneous event itself is
 * never changed.
 */
public record ErrorDeclaration(
    long eventId,
    ChainAddress declarer,
    ErrorReason reason,
    long declarationTime,
    List<Long> correctiveEventIds) {
  public ErrorDeclaration {
    Objects.requireNonNull(declarer, "declarer");
    Objects.requireNonNull(reason, "reason");
    correctiveEventIds = List.copyOf(correctiveEventIds);
  }
}
