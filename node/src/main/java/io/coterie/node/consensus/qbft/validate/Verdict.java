package io.coterie.node.consensus.qbft.validate;

import java.util.Objects;

/** A validator's answer: accepted, or rejected with the rule and the values that broke it. */
public sealed interface Verdict {
  record Accepted() implements Verdict {}

  record Rejected(MessageRejection reason, String message) implements Verdict {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  static Verdict accepted() {
    return new Accepted();
  }

  static Verdict rejected(MessageRejection reason, Object... args) {
    return new Rejected(reason, reason.explain(args));
  }

  default boolean isAccepted() {
    return this instanceof Accepted;
  }
}
