package io.coterie.node.consensus.qbft.wire;

import java.util.Objects;

/** The outcome of reading a message's envelope: its outer author, or why the bytes are wrong. */
public sealed interface DecodedEnvelope {
  record Read(QbftEnvelope envelope) implements DecodedEnvelope {
    public Read {
      Objects.requireNonNull(envelope, "envelope");
    }
  }

  /** The bytes are not a QBFT message, or the outer signature recovers no key. */
  record Malformed(String reason) implements DecodedEnvelope {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
