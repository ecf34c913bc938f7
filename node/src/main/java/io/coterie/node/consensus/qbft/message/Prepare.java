package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Hash;
import java.util.Objects;

public record Prepare(SignedMessage<PreparePayload> signed) implements QbftMessage {
  public Prepare {
    Objects.requireNonNull(signed, "signed");
  }

  public Hash digest() {
    return signed.payload().digest();
  }
}
