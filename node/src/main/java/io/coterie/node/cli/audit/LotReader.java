package io.coterie.node.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.spi.Word;
import io.coterie.node.rpc.view.ProvenanceGetTrace;
import io.coterie.node.rpc.view.TraceJson;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Decodes a provenance lot from proven slots with the chaincode's own {@link ProvenanceReader} and
 * renders it as {@code provenance_getTrace} does, so the slots a lot record consists of are exactly
 * the ones the chaincode reads, never a second copy of its layout.
 */
final class LotReader {
  private LotReader() {}

  /** The trace (empty: no such lot) and the slots read that {@code proven} lacks. */
  record Reading(Optional<JsonNode> trace, SortedSet<Word> missing) {}

  /** Every slot the reader read is proven, and still the record does not decode. */
  static final class UndecodableLot extends RuntimeException {
    UndecodableLot(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Reading read(Map<Word, Word> proven, Word lotId) {
    ProvenSlots storage = new ProvenSlots(proven);
    ProvenanceReader reader = new ProvenanceReader();
    try {
      Optional<JsonNode> trace =
          reader
              .trace(storage, lotId)
              .map(t -> new TraceJson(reader, storage, ProvenanceGetTrace.GS1_RESOLVER).render(t));
      return new Reading(trace, storage.missing());
    } catch (RuntimeException e) {
      // A slot read as zero for lack of a proof can leave the record inconsistent (an event id
      // without its event); fetch the missing proofs and read again.
      if (!storage.missing().isEmpty()) {
        return new Reading(Optional.empty(), storage.missing());
      }
      throw new UndecodableLot(
          "the proven slots do not decode as lot " + lotId.toHex() + ": " + e, e);
    }
  }
}
