package io.coterie.node.p2p.protocol;

import io.coterie.node.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded set of recently seen hashes; the oldest is forgotten first. Thread-safe. */
final class KnownHashes {
  private final Map<Hash, Boolean> hashes;

  KnownHashes(int capacity) {
    this.hashes =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Hash, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Adds the hash; true if it was not already known. */
  synchronized boolean add(Hash hash) {
    return hashes.put(hash, Boolean.TRUE) == null;
  }

  synchronized boolean contains(Hash hash) {
    return hashes.containsKey(hash);
  }
}
