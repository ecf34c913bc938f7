package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.wire.Signatures;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.Optional;

/**
 * A commit counts when a validator of the height sent it for the accepted proposal's block and its
 * seal is the author's signature over that block's commit-seal hash (the proposal's round
 * included), so the seal is valid in the final block.
 */
public final class CommitValidator {
  private CommitValidator() {}

  public static Verdict validate(Commit commit, HeightContext context, Block proposedBlock) {
    if (!context.validators().contains(commit.author())) {
      return Verdict.rejected(MessageRejection.NOT_A_VALIDATOR, commit.author(), context.height());
    }
    Hash digest = QbftBlocks.hash(proposedBlock);
    if (!commit.digest().equals(digest)) {
      return Verdict.rejected(
          MessageRejection.WRONG_DIGEST,
          "commit",
          commit.author(),
          commit.digest(),
          commit.round(),
          digest);
    }
    Optional<Address> sealer =
        Signatures.recover(QbftBlocks.commitSealHash(proposedBlock), commit.commitSeal());
    if (!sealer.equals(Optional.of(commit.author()))) {
      return Verdict.rejected(
          MessageRejection.BAD_COMMIT_SEAL,
          commit.author(),
          sealer.map(Address::toString).orElse("no key"));
    }
    return Verdict.accepted();
  }
}
