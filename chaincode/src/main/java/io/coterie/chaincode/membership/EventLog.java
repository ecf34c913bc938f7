package io.coterie.chaincode.membership;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.StaticCallViolation;
import io.coterie.chaincode.spi.Word;
import java.util.List;

/** Where state classes send events; readers pass {@link #NONE} because they never write. */
@FunctionalInterface
interface EventLog {
  void emit(List<Word> topics, byte[] data);

  EventLog NONE =
      (topics, data) -> {
        throw new UnsupportedOperationException("read-only membership state cannot emit events");
      };

  static EventLog of(MeteredState state) {
    return state::emit;
  }

  /**
   * Events from {@code emitter} rather than the called address, e.g. a drop's item collection or
   * the collections a MEMBER_ROLE revocation burns cards in; charged as any event.
   */
  static EventLog from(CallContext ctx, ChainAddress emitter) {
    return (topics, data) -> {
      if (ctx.isStatic()) {
        throw new StaticCallViolation(emitter, "emit an event");
      }
      ctx.gas().charge(GasSchedule.event(topics.size(), data.length));
      ctx.events().emit(emitter, List.copyOf(topics), data.clone());
    };
  }
}
