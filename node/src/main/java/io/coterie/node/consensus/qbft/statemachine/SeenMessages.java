package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.types.Hash;
import java.util.HashSet;
import java.util.Set;

/**
 * The hashes of the last {@code capacity} messages taken in, in a ring: the oldest is forgotten
 * when a new one arrives. Thread-safe; network threads share one.
 */
final class SeenMessages {
  private final Hash[] ring;
  private final Set<Hash> members;
  private int next;

  SeenMessages(int capacity) {
    this.ring = new Hash[capacity];
    this.members = new HashSet<>(capacity * 2);
  }

  /** True when {@code hash} was not among the recent ones; it is then remembered. */
  synchronized boolean firstSeen(Hash hash) {
    if (!members.add(hash)) {
      return false;
    }
    Hash forgotten = ring[next];
    if (forgotten != null) {
      members.remove(forgotten);
    }
    ring[next] = hash;
    next = (next + 1) % ring.length;
    return true;
  }
}
