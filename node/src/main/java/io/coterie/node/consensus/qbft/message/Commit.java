package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Objects;

public record Commit(SignedMessage<CommitPayload> signed) implements QbftMessage {
  public Commit {
    Objects.requireNonNull(signed, "signed");
  }

  public Hash digest() {
    return signed.payload().digest();
  }

  public Bytes commitSeal() {
    return signed.payload().commitSeal();
  }
}
