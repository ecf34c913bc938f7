package io.coterie.node.consensus.qbft.port;

import java.util.Objects;

/** What {@link BlockVerifier} found: a valid block, or why it is not. */
public sealed interface BlockVerdict {
  record Valid() implements BlockVerdict {}

  /** {@code reason} names the failed check and the value seen, for logs and metrics. */
  record Invalid(String reason) implements BlockVerdict {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static BlockVerdict valid() {
    return new Valid();
  }

  static BlockVerdict invalid(String reason) {
    return new Invalid(reason);
  }

  default boolean isValid() {
    return this instanceof Valid;
  }
}
