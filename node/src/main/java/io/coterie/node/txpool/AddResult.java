package io.coterie.node.txpool;

import io.coterie.node.types.Hash;
import java.util.Objects;

/** The pool's answer to a submitted transaction. */
public sealed interface AddResult {
  record Added(Hash hash) implements AddResult {
    public Added {
      Objects.requireNonNull(hash, "hash");
    }
  }

  /**
   * {@code message} is the full text for the client: {@link TxRejection#explain} with the values
   * seen.
   */
  record Rejected(TxRejection reason, String message) implements AddResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }
}
