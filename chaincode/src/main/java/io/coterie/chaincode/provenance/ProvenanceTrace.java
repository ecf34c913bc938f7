package io.coterie.chaincode.provenance;

import java.util.List;
import java.util.Objects;

/**
 * Everything the node's {@code provenance_getTrace(lotId)} renders: the lot, its events in the
 * order they were recorded, its backward lineage (the lots it came from, transitively) and forward
 * lineage (every lot derived from it), both breadth-first and nearest first, and the attestations
 * and error declarations of its events. {@code lineageTruncated} is set when either lineage reached
 * {@link ProvenanceReader#MAX_LINEAGE} lots.
 */
public record ProvenanceTrace(
    LotInfo lot,
    List<EpcisEvent> events,
    List<LotInfo> backwardLineage,
    List<LotInfo> forwardLineage,
    List<Attestation> attestations,
    List<ErrorDeclaration> errorDeclarations,
    boolean lineageTruncated) {
  public ProvenanceTrace {
    Objects.requireNonNull(lot, "lot");
    events = List.copyOf(events);
    backwardLineage = List.copyOf(backwardLineage);
    forwardLineage = List.copyOf(forwardLineage);
    attestations = List.copyOf(attestations);
    errorDeclarations = List.copyOf(errorDeclarations);
  }

  /**
   * A lot with its GS1 keys: {@code gs1Key} is the GTIN-14 of a lot or the SSCC of a container;
   * {@code lotNumber} is empty for containers.
   */
  public record LotInfo(Lot lot, String gs1Key, String lotNumber) {
    public LotInfo {
      Objects.requireNonNull(lot, "lot");
      Objects.requireNonNull(gs1Key, "gs1Key");
      Objects.requireNonNull(lotNumber, "lotNumber");
    }
  }
}
