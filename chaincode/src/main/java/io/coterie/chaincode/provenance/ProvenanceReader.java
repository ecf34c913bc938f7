package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Unmetered reads of the Provenance account for the node (the {@code provenance_getTrace} view) and
 * other precompiles. Registered by {@link ProvenanceModule}. Stateless and thread-safe.
 */
public final class ProvenanceReader {
  /** Most lots listed per lineage direction in a trace. */
  public static final int MAX_LINEAGE = 256;

  /** The lot or container, if it exists. */
  public Optional<Lot> lot(WorldStorage storage, Word lotId) {
    return state(storage).lot(lotId);
  }

  /**
   * The GTIN-14 a lot was commissioned or transformed under; empty for containers (SSCCs) and for
   * unknown ids.
   */
  public Optional<String> gtin(WorldStorage storage, Word lotId) {
    ProvenanceState state = state(storage);
    return state
        .lot(lotId)
        .filter(lot -> lot.kind() == LotKind.LOT)
        .map(lot -> state.gs1Key(lotId));
  }

  /** Whether the lot exists and reads as recalled (its own recall or an ancestor's). */
  public boolean isRecalled(WorldStorage storage, Word lotId) {
    ProvenanceState state = state(storage);
    return state.exists(lotId) && state.isRecalled(lotId);
  }

  /** How many events are recorded; their ids are 1 to this count. */
  public long eventCount(WorldStorage storage) {
    return state(storage).eventCount();
  }

  /** Event {@code eventId}, if recorded. */
  public Optional<EpcisEvent> event(WorldStorage storage, long eventId) {
    return state(storage).event(eventId);
  }

  /** The whole trace of a lot, or empty when no such lot exists. */
  public Optional<ProvenanceTrace> trace(WorldStorage storage, Word lotId) {
    ProvenanceState state = state(storage);
    Optional<ProvenanceTrace.LotInfo> info = info(state, lotId);
    if (info.isEmpty()) {
      return Optional.empty();
    }
    List<EpcisEvent> events = new ArrayList<>();
    List<Attestation> attestations = new ArrayList<>();
    List<ErrorDeclaration> declarations = new ArrayList<>();
    for (long id : state.lotEventIds(lotId)) {
      events.add(state.event(id).orElseThrow());
      attestations.addAll(state.attestations(id));
      state.errorDeclaration(id).ifPresent(declarations::add);
    }
    List<ProvenanceTrace.LotInfo> backward = new ArrayList<>();
    List<ProvenanceTrace.LotInfo> forward = new ArrayList<>();
    boolean truncated = walk(state, lotId, state::sources, backward);
    truncated |= walk(state, lotId, state::derived, forward);
    return Optional.of(
        new ProvenanceTrace(
            info.get(), events, backward, forward, attestations, declarations, truncated));
  }

  private static boolean walk(
      ProvenanceState state,
      Word start,
      Function<Word, List<Word>> edges,
      List<ProvenanceTrace.LotInfo> out) {
    TreeSet<Word> seen = new TreeSet<>(List.of(start));
    Deque<Word> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (Word next : edges.apply(queue.removeFirst())) {
        if (seen.add(next)) {
          if (out.size() == MAX_LINEAGE) {
            return true;
          }
          info(state, next).ifPresent(out::add);
          queue.addLast(next);
        }
      }
    }
    return false;
  }

  private static Optional<ProvenanceTrace.LotInfo> info(ProvenanceState state, Word lotId) {
    return state
        .lot(lotId)
        .map(lot -> new ProvenanceTrace.LotInfo(lot, state.gs1Key(lotId), state.lotNumber(lotId)));
  }

  private static ProvenanceState state(WorldStorage storage) {
    return new ProvenanceState(AccountSlots.readOnly(storage, ProvenanceLayout.ADDRESS));
  }
}
