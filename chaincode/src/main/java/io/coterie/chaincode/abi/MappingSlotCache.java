package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.Word;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recently computed mapping slots ({@code keccak256(key . slot)}), least recently used forgotten
 * first. Precompiles compute the same few slots over and over (a member's balance, a program's
 * settings) and Keccak was most of a points transfer's execution time. A pure function's results
 * only: whatever the cache holds, every caller gets the same slot, so execution stays
 * deterministic. Shared by every thread; one lock, held for a map lookup.
 */
final class MappingSlotCache {
  private record Key(Word mappingSlot, Word key) {}

  private final Map<Key, Word> slots;

  MappingSlotCache(int capacity) {
    this.slots =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Word> eldest) {
            return size() > capacity;
          }
        };
  }

  Word slot(Word mappingSlot, Word key, Supplier<Word> compute) {
    Key k = new Key(mappingSlot, key);
    synchronized (slots) {
      Word known = slots.get(k);
      if (known != null) {
        return known;
      }
    }
    Word computed = compute.get();
    synchronized (slots) {
      slots.put(k, computed);
    }
    return computed;
  }
}
