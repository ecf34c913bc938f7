package io.coterie.node.consensus.qbft.port;

import io.coterie.node.consensus.qbft.extradata.ValidatorVote;
import io.coterie.node.types.BlockHeader;
import java.util.Optional;

/** The vote the local proposer puts into the block it builds on {@code parent}, if any. */
@FunctionalInterface
public interface ValidatorVoteSource {
  ValidatorVoteSource NONE = parent -> Optional.empty();

  Optional<ValidatorVote> voteFor(BlockHeader parent);
}
