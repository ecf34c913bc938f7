package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Block;
import java.util.Objects;

/** The proposer's block for a round; the block's extraData carries the same round. */
public record ProposalPayload(ConsensusRound round, Block block) implements Payload {
  public ProposalPayload {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(block, "block");
  }
}
