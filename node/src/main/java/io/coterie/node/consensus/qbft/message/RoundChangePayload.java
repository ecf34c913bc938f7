package io.coterie.node.consensus.qbft.message;

import java.util.Objects;

/** A validator asks to move to {@code round} (the target round), stating its prepared round. */
public record RoundChangePayload(ConsensusRound round, PreparedRound prepared) implements Payload {
  public RoundChangePayload {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(prepared, "prepared");
    if (prepared instanceof PreparedRound.PreparedAt at && at.round() >= round.round()) {
      throw new IllegalArgumentException(
          "prepared round " + at.round() + " must be below the target round " + round.round());
    }
  }
}
