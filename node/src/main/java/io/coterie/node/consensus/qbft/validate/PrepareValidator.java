package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.types.Hash;

/** A prepare counts when a validator of the height sent it for the accepted proposal's block. */
public final class PrepareValidator {
  private PrepareValidator() {}

  public static Verdict validate(Prepare prepare, HeightContext context, Hash proposalDigest) {
    if (!context.validators().contains(prepare.author())) {
      return Verdict.rejected(MessageRejection.NOT_A_VALIDATOR, prepare.author(), context.height());
    }
    if (!prepare.digest().equals(proposalDigest)) {
      return Verdict.rejected(
          MessageRejection.WRONG_DIGEST,
          "prepare",
          prepare.author(),
          prepare.digest(),
          prepare.round(),
          proposalDigest);
    }
    return Verdict.accepted();
  }
}
