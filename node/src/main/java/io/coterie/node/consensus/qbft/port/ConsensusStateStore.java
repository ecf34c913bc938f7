package io.coterie.node.consensus.qbft.port;

import java.util.Optional;

/**
 * Persists the {@link LockedState} so that a restarted validator never signs a message that
 * conflicts with one it signed before the crash. The algorithm calls {@link #put} before it sends
 * the Commit (or a RoundChange carrying the certificate) and waits for it to return, so the write
 * must be durable (synced) when it returns. Only the latest state matters: an older height can be
 * overwritten.
 */
public interface ConsensusStateStore {
  void put(LockedState state);

  /** The last state put, if any. */
  Optional<LockedState> load();
}
