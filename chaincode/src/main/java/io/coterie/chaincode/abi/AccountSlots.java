package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.SortedMap;

/**
 * One account's storage slots, however they are backed: metered inside a call, or read-only and
 * free for node-side readers. Lets one state class serve both the precompile and its reader.
 */
public interface AccountSlots {

  /** The word at {@code slot}; {@link Word#ZERO} when never written. */
  Word load(Word slot);

  /** Writes {@code value} at {@code slot}. */
  void store(Word slot, Word value);

  /** Slots of {@code state}'s account, charged through {@link MeteredState}. */
  static AccountSlots metered(MeteredState state) {
    return new AccountSlots() {
      @Override
      public Word load(Word slot) {
        return state.load(slot);
      }

      @Override
      public void store(Word slot, Word value) {
        state.store(slot, value);
      }
    };
  }

  /** Unmetered reads of {@code account}; writing throws, since readers never write. */
  static AccountSlots readOnly(WorldStorage storage, ChainAddress account) {
    return new AccountSlots() {
      @Override
      public Word load(Word slot) {
        return storage.load(account, slot);
      }

      @Override
      public void store(Word slot, Word value) {
        throw new UnsupportedOperationException(
            "read-only view of " + account.toHex() + " cannot write slot " + slot.toHex());
      }
    };
  }

  /**
   * Slots kept in {@code slots} (genesis storage, tests); storing zero removes the entry, as an
   * account's storage trie does.
   */
  static AccountSlots inMap(SortedMap<Word, Word> slots) {
    return new AccountSlots() {
      @Override
      public Word load(Word slot) {
        return slots.getOrDefault(slot, Word.ZERO);
      }

      @Override
      public void store(Word slot, Word value) {
        if (value.isZero()) {
          slots.remove(slot);
        } else {
          slots.put(slot, value);
        }
      }
    };
  }
}
