package io.coterie.node.txpool;

import io.coterie.node.types.Address;
import java.util.Objects;

/** What {@link TransactionValidator} decided about one transaction. */
public sealed interface Verdict {
  /** Valid as far as the check went; {@code sender} is the recovered signer. */
  record Accepted(Address sender) implements Verdict {
    public Accepted {
      Objects.requireNonNull(sender, "sender");
    }
  }

  /** {@code message} is {@link TxRejection#explain} with the values seen, ready for the client. */
  record Rejected(TxRejection reason, String message) implements Verdict {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    static Rejected of(TxRejection reason, Object... args) {
      return new Rejected(reason, reason.explain(args));
    }

    public AddResult.Rejected toAddResult() {
      return new AddResult.Rejected(reason, message);
    }
  }
}
