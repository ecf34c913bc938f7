package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.consensus.qbft.port.BlockVerdict;
import io.coterie.node.consensus.qbft.port.BlockVerifier;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The QBFT proposal rules: signed by the round's proposer; the block is for this height on this
 * parent, names a validator as coinbase (its builder: a re-proposed block keeps the one of the
 * round it was prepared in), lists this height's validators, carries the message's round and no
 * seals; the justification is empty in round 0, and in round r > 0 holds round changes for r from a
 * quorum of distinct validators and, when any of them was prepared, the prepares of the highest
 * prepared round and a block with that round's digest (the hash modulo round). Last, the block
 * verifier re-executes the block.
 */
public final class ProposalValidator {
  private final BlockVerifier blockVerifier;

  public ProposalValidator(BlockVerifier blockVerifier) {
    this.blockVerifier = blockVerifier;
  }

  public Verdict validate(Proposal proposal, HeightContext context) {
    ConsensusRound round = proposal.round();
    Address author = proposal.author();
    if (!context.validators().contains(author)) {
      return Verdict.rejected(MessageRejection.NOT_A_VALIDATOR, author, context.height());
    }
    Address proposer = context.proposer(round.round());
    if (!author.equals(proposer)) {
      return Verdict.rejected(MessageRejection.WRONG_PROPOSER, round, author, proposer);
    }
    Optional<String> headerProblem = headerProblem(proposal, context);
    if (headerProblem.isPresent()) {
      return Verdict.rejected(MessageRejection.BAD_BLOCK_HEADER, round, headerProblem.get());
    }
    Optional<String> justificationProblem = justificationProblem(proposal, context);
    if (justificationProblem.isPresent()) {
      return Verdict.rejected(
          MessageRejection.UNJUSTIFIED_PROPOSAL, round, justificationProblem.get());
    }
    BlockVerdict verdict = blockVerifier.verify(proposal.block());
    if (verdict instanceof BlockVerdict.Invalid invalid) {
      return Verdict.rejected(MessageRejection.INVALID_BLOCK, proposal.digest(), invalid.reason());
    }
    return Verdict.accepted();
  }

  private static Optional<String> headerProblem(Proposal proposal, HeightContext context) {
    BlockHeader header = proposal.block().header();
    if (header.number() != context.height()) {
      return Optional.of("block number is " + header.number());
    }
    Hash parentHash = QbftBlocks.hash(context.parent());
    if (!header.parentHash().equals(parentHash)) {
      return Optional.of("parent is " + header.parentHash() + ", expected " + parentHash);
    }
    if (!context.validators().contains(header.coinbase())) {
      return Optional.of("coinbase " + header.coinbase() + " is not a validator");
    }
    QbftExtraData extra;
    try {
      extra = QbftBlocks.extraData(header);
    } catch (RlpException | IllegalArgumentException e) {
      return Optional.of("extraData is not QBFT's: " + e.getMessage());
    }
    if (extra.round() != proposal.round().round()) {
      return Optional.of("extraData round is " + extra.round());
    }
    if (!extra.seals().isEmpty()) {
      return Optional.of("a proposed block carries no commit seals");
    }
    if (!extra.validators().equals(context.validators().members())) {
      return Optional.of(
          "extraData validators "
              + extra.validators()
              + " differ from "
              + context.validators().members());
    }
    return Optional.empty();
  }

  private static Optional<String> justificationProblem(Proposal proposal, HeightContext context) {
    ConsensusRound round = proposal.round();
    if (round.round() == 0) {
      return proposal.roundChanges().isEmpty() && proposal.prepares().isEmpty()
          ? Optional.empty()
          : Optional.of("a round-0 proposal carries no round changes or prepares");
    }
    Set<Address> authors = new HashSet<>();
    PreparedRound.PreparedAt highest = null;
    for (SignedMessage<RoundChangePayload> rc : proposal.roundChanges()) {
      if (!context.validators().contains(rc.author())) {
        return Optional.of("round change from non-validator " + rc.author());
      }
      if (!rc.round().equals(round)) {
        return Optional.of("round change for " + rc.round());
      }
      if (!authors.add(rc.author())) {
        return Optional.of("two round changes from " + rc.author());
      }
      if (rc.payload().prepared() instanceof PreparedRound.PreparedAt at
          && (highest == null || at.round() > highest.round())) {
        highest = at;
      }
    }
    if (authors.size() < context.validators().quorum()) {
      return Optional.of(
          "round changes from "
              + authors.size()
              + " validators, a quorum is "
              + context.validators().quorum());
    }
    if (highest == null) {
      return proposal.prepares().isEmpty()
          ? Optional.empty()
          : Optional.of("prepares without a prepared round change");
    }
    if (!proposal.digest().equals(highest.digest())) {
      return Optional.of(
          "highest prepared round "
              + highest.round()
              + " was for block "
              + highest.digest()
              + " but the proposal is block "
              + proposal.digest());
    }
    return PrepareQuorum.problem(
        proposal.prepares(),
        context,
        new ConsensusRound(round.height(), highest.round()),
        highest.digest());
  }
}
