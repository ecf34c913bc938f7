package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Hash;
import java.util.Objects;

/** A validator accepts the proposal whose block hash (modulo round) is {@code digest}. */
public record PreparePayload(ConsensusRound round, Hash digest) implements Payload {
  public PreparePayload {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(digest, "digest");
  }
}
