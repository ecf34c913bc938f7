package io.coterie.node.rpc.web;

import io.coterie.chaincode.provenance.Attestation;
import io.coterie.chaincode.provenance.EpcisEvent;
import io.coterie.chaincode.provenance.ErrorDeclaration;
import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.provenance.ProvenanceTrace;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A lot with everything upstream of it: its own trace and the trace of every lot in its backward
 * lineage (what it was made from, transitively), merged into one history of steps ordered by event
 * time. {@code provenance_getTrace} lists only the lot's own events and the lineage's ids; a
 * consumer wants the harvest and the washing behind the bag too.
 */
record LotHistory(
    ProvenanceTrace trace, List<ProvenanceTrace> upstream, List<Step> steps, boolean recalled) {

  /** An event, the lot whose trace it came from, and what others said about it. */
  record Step(
      EpcisEvent event,
      ProvenanceTrace.LotInfo lot,
      List<Attestation> attestations,
      Optional<ErrorDeclaration> errorDeclaration) {
    Step {
      attestations = List.copyOf(attestations);
    }
  }

  LotHistory {
    upstream = List.copyOf(upstream);
    steps = List.copyOf(steps);
  }

  /** The history of {@code lotId} in {@code storage}, or empty when no such lot exists. */
  static Optional<LotHistory> load(ProvenanceReader reader, WorldStorage storage, Word lotId) {
    Optional<ProvenanceTrace> own = reader.trace(storage, lotId);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    List<ProvenanceTrace> upstream = new ArrayList<>();
    for (ProvenanceTrace.LotInfo source : own.get().backwardLineage()) {
      reader.trace(storage, source.lot().lotId()).ifPresent(upstream::add);
    }
    // an event that touches several lots of the lineage (a transformation) is one step, kept
    // with the first trace that lists it: the scanned lot's, then nearest upstream first
    SortedMap<Long, Step> byId = new TreeMap<>();
    List<ProvenanceTrace> all = new ArrayList<>();
    all.add(own.get());
    all.addAll(upstream);
    for (ProvenanceTrace trace : all) {
      for (EpcisEvent event : trace.events()) {
        if (!byId.containsKey(event.eventId())) {
          byId.put(event.eventId(), step(trace, event));
        }
      }
    }
    List<Step> steps = new ArrayList<>(byId.values());
    steps.sort(
        Comparator.comparingLong((Step s) -> s.event().context().eventTime())
            .thenComparingLong(s -> s.event().eventId()));
    return Optional.of(
        new LotHistory(own.get(), upstream, steps, reader.isRecalled(storage, lotId)));
  }

  private static Step step(ProvenanceTrace trace, EpcisEvent event) {
    List<Attestation> attestations =
        trace.attestations().stream().filter(a -> a.eventId() == event.eventId()).toList();
    Optional<ErrorDeclaration> declaration =
        trace.errorDeclarations().stream().filter(d -> d.eventId() == event.eventId()).findFirst();
    return new Step(event, trace.lot(), attestations, declaration);
  }

  /** The lot at the start of the chain (the last upstream lot), or the lot itself. */
  ProvenanceTrace.LotInfo origin() {
    return upstream.isEmpty() ? trace.lot() : upstream.get(upstream.size() - 1).lot();
  }

  /** Whether the lot or an upstream lot has been recalled, and where a recall started. */
  List<ProvenanceTrace.LotInfo> recalledLots() {
    List<ProvenanceTrace.LotInfo> out = new ArrayList<>();
    if (trace.lot().lot().recalled()) {
      out.add(trace.lot());
    }
    upstream.stream().map(ProvenanceTrace::lot).filter(l -> l.lot().recalled()).forEach(out::add);
    return out;
  }
}
