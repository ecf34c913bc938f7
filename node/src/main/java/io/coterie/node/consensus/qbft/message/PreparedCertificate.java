package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Block;
import java.util.List;
import java.util.Objects;

/**
 * The evidence a round change carries for its prepared round: the block and the quorum of prepares
 * for it, or nothing.
 */
public sealed interface PreparedCertificate {
  record Absent() implements PreparedCertificate {}

  record Present(Block block, List<SignedMessage<PreparePayload>> prepares)
      implements PreparedCertificate {
    public Present {
      Objects.requireNonNull(block, "block");
      prepares = List.copyOf(prepares);
      if (prepares.isEmpty()) {
        throw new IllegalArgumentException("a prepared certificate needs prepares");
      }
    }
  }

  static PreparedCertificate absent() {
    return new Absent();
  }
}
