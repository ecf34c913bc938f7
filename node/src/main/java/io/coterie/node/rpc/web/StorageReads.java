package io.coterie.node.rpc.web;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A read-only storage that remembers every slot read through it and the word it held. A trace page
 * is rendered through one, so the page can name exactly the storage words it shows and have the
 * browser prove each of them against the block.
 */
final class StorageReads implements WorldStorage {
  private final WorldStorage storage;
  private final SortedMap<ChainAddress, SortedMap<Word, Word>> reads = new TreeMap<>();

  StorageReads(WorldStorage storage) {
    this.storage = storage;
  }

  @Override
  public Word load(ChainAddress account, Word slot) {
    Word value = storage.load(account, slot);
    reads.computeIfAbsent(account, a -> new TreeMap<>()).put(slot, value);
    return value;
  }

  @Override
  public void store(ChainAddress account, Word slot, Word value) {
    throw new StaticCallViolation(
        account, "write storage slot " + slot.toHex() + " of a trace page");
  }

  /** Account → slot → word read, both in ascending order. */
  SortedMap<ChainAddress, SortedMap<Word, Word>> reads() {
    return Collections.unmodifiableSortedMap(reads);
  }
}
