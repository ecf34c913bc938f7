package io.coterie.chaincode.spi;

import java.util.List;

/**
 * Receives the logs a call emits, in order. The host turns them into receipt logs and drops them if
 * the call (or the enclosing transaction) fails.
 */
public interface EventSink {

  /**
   * Emits a log from {@code emitter} with up to 4 {@code topics} (topic 0 is the event signature
   * hash) and ABI-encoded non-indexed {@code data}. The host copies {@code data}. In a static call
   * the host throws {@link StaticCallViolation}.
   */
  void emit(ChainAddress emitter, List<Word> topics, byte[] data);
}
