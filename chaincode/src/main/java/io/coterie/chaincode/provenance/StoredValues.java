package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.Word;
import java.util.ArrayList;
import java.util.List;

/** Solidity's storage encoding of dynamic arrays of one-word elements. */
final class StoredValues {
  private StoredValues() {}

  static long length(AccountSlots slots, Word arraySlot) {
    return slots.load(arraySlot).toBigInteger().longValueExact();
  }

  static List<Word> loadArray(AccountSlots slots, Word arraySlot) {
    long length = length(slots, arraySlot);
    List<Word> out = new ArrayList<>();
    for (long i = 0; i < length; i++) {
      out.add(slots.load(StorageSlots.arrayElement(arraySlot, i)));
    }
    return out;
  }

  static void push(AccountSlots slots, Word arraySlot, Word value) {
    long length = length(slots, arraySlot);
    slots.store(StorageSlots.arrayElement(arraySlot, length), value);
    slots.store(arraySlot, Word.of(length + 1));
  }

  static void storeNewArray(AccountSlots slots, Word arraySlot, List<Word> values) {
    for (int i = 0; i < values.size(); i++) {
      slots.store(StorageSlots.arrayElement(arraySlot, i), values.get(i));
    }
    slots.store(arraySlot, Word.of(values.size()));
  }
}
