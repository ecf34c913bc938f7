package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Objects;

/**
 * A validator commits to block {@code digest}; {@code commitSeal} is its 65-byte signature over the
 * block's commit-seal hash (header with this round, without seals), which goes into the block's
 * extraData once a quorum commits.
 */
public record CommitPayload(ConsensusRound round, Hash digest, Bytes commitSeal)
    implements Payload {
  public CommitPayload {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(digest, "digest");
    if (commitSeal.size() != 65) {
      throw new IllegalArgumentException("a commit seal is 65 bytes, got " + commitSeal.size());
    }
  }
}
