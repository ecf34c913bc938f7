package io.coterie.chaincode.membership;

import io.coterie.chaincode.spi.MeteredState;
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
}
