package io.coterie.node.consensus.qbft.testing;

import io.coterie.node.consensus.qbft.port.ConsensusStateStore;
import io.coterie.node.consensus.qbft.port.LockedState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps every locked state put, so tests can see what was persisted and in which order. */
public final class MemoryStateStore implements ConsensusStateStore {
  private final List<LockedState> history = new ArrayList<>();

  @Override
  public synchronized void put(LockedState state) {
    history.add(state);
  }

  @Override
  public synchronized Optional<LockedState> load() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  public synchronized List<LockedState> history() {
    return List.copyOf(history);
  }
}
