package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Hash;
import java.util.Objects;

/** What a round change says about the sender's prepared state at its height. */
public sealed interface PreparedRound {
  /** The sender never saw a quorum of prepares at this height. */
  record NotPrepared() implements PreparedRound {}

  /** The sender was prepared on block {@code digest} in {@code round}. */
  record PreparedAt(int round, Hash digest) implements PreparedRound {
    public PreparedAt {
      if (round < 0) {
        throw new IllegalArgumentException("prepared round must not be negative, got " + round);
      }
      Objects.requireNonNull(digest, "digest");
    }
  }

  static PreparedRound none() {
    return new NotPrepared();
  }
}
