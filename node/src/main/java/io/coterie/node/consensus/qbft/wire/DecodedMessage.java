package io.coterie.node.consensus.qbft.wire;

import io.coterie.node.consensus.qbft.message.QbftMessage;
import java.util.Objects;

/** The outcome of decoding bytes from a peer. */
public sealed interface DecodedMessage {
  record Decoded(QbftMessage message) implements DecodedMessage {
    public Decoded {
      Objects.requireNonNull(message, "message");
    }
  }

  /** The bytes are not a QBFT message; {@code reason} says which part is wrong. */
  record Malformed(String reason) implements DecodedMessage {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
