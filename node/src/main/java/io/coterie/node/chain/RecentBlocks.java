package io.coterie.node.chain;

import io.coterie.node.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small least-recently-used cache of decoded values by block hash. Blocks never change once
 * stored, so a client polling receipts of a block with thousands of transactions decodes that block
 * once, not once per poll.
 */
final class RecentBlocks<V> {
  private final Map<Hash, V> entries;

  RecentBlocks(int capacity) {
    this.entries =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Hash, V> eldest) {
            return size() > capacity;
          }
        };
  }

  void put(Hash blockHash, V value) {
    synchronized (entries) {
      entries.put(blockHash, value);
    }
  }

  Optional<V> get(Hash blockHash, Function<Hash, Optional<V>> load) {
    synchronized (entries) {
      V cached = entries.get(blockHash);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<V> loaded = load.apply(blockHash);
    loaded.ifPresent(
        value -> {
          synchronized (entries) {
            entries.put(blockHash, value);
          }
        });
    return loaded;
  }
}
