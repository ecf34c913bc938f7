package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;

/** The Provenance account's slots: metered inside a call, free for the node-side reader. */
interface Slots {
  Word load(Word slot);

  void store(Word slot, Word value);

  static Slots metered(MeteredState state) {
    return new Slots() {
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

  static Slots readOnly(WorldStorage storage) {
    return new Slots() {
      @Override
      public Word load(Word slot) {
        return storage.load(ProvenanceLayout.ADDRESS, slot);
      }

      @Override
      public void store(Word slot, Word value) {
        throw new UnsupportedOperationException("the provenance reader never writes");
      }
    };
  }
}
