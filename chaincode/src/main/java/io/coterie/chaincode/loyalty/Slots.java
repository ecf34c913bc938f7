package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;

/** One account's slots, metered inside a call or free for the node-side reader. */
interface Slots {
  Word load(Word slot);

  void store(Word slot, Word value);

  static Slots metered(CallContext ctx, ChainAddress account) {
    MeteredState state = MeteredState.of(ctx, account);
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

  static Slots readOnly(WorldStorage storage, ChainAddress account) {
    return new Slots() {
      @Override
      public Word load(Word slot) {
        return storage.load(account, slot);
      }

      @Override
      public void store(Word slot, Word value) {
        throw new UnsupportedOperationException("LoyaltyReader never writes");
      }
    };
  }
}
