package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Hash;
import java.util.Optional;

/**
 * A round change counts when a validator of the height sent it and, if it claims a prepared round,
 * its certificate holds: the block is for this height, has that round in its extraData, hashes to
 * the claimed digest, and a quorum of validators prepared it in that round.
 */
public final class RoundChangeValidator {
  private RoundChangeValidator() {}

  public static Verdict validate(RoundChange roundChange, HeightContext context) {
    if (!context.validators().contains(roundChange.author())) {
      return Verdict.rejected(
          MessageRejection.NOT_A_VALIDATOR, roundChange.author(), context.height());
    }
    if (roundChange.prepared() instanceof PreparedRound.PreparedAt at
        && roundChange.certificate() instanceof PreparedCertificate.Present certificate) {
      Optional<String> problem = certificateProblem(at, certificate, context);
      if (problem.isPresent()) {
        return Verdict.rejected(
            MessageRejection.BAD_CERTIFICATE, roundChange.author(), problem.get());
      }
    }
    return Verdict.accepted();
  }

  private static Optional<String> certificateProblem(
      PreparedRound.PreparedAt at, PreparedCertificate.Present certificate, HeightContext context) {
    if (certificate.block().header().number() != context.height()) {
      return Optional.of(
          "block number "
              + certificate.block().header().number()
              + " at height "
              + context.height());
    }
    int blockRound;
    try {
      blockRound = QbftBlocks.extraData(certificate.block().header()).round();
    } catch (RlpException | IllegalArgumentException e) {
      return Optional.of("block extraData is not QBFT's: " + e.getMessage());
    }
    if (blockRound != at.round()) {
      return Optional.of("block round " + blockRound + " but prepared round " + at.round());
    }
    Hash hash = QbftBlocks.hash(certificate.block());
    if (!hash.equals(at.digest())) {
      return Optional.of("block " + hash + " but prepared digest " + at.digest());
    }
    return PrepareQuorum.problem(
        certificate.prepares(),
        context,
        new ConsensusRound(context.height(), at.round()),
        at.digest());
  }
}
