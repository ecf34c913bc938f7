package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.ProposalPayload;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.consensus.qbft.validate.HeightContext;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import java.util.ArrayList;
import java.util.List;

/** Builds the local proposer's proposals for one height. */
final class ProposalFactory {
  private final QbftServices services;
  private final MessageSigner signer;
  private final HeightContext context;

  ProposalFactory(QbftServices services, MessageSigner signer, HeightContext context) {
    this.services = services;
    this.signer = signer;
    this.context = context;
  }

  /** A round-0 proposal with a fresh block. */
  Proposal first(long nowMillis) {
    return sign(newBlock(0, nowMillis), List.of(), List.of());
  }

  /**
   * A proposal for round r > 0 justified by {@code quorum}: it re-proposes the block of the highest
   * prepared round among them, with the new round in its extraData (same hash), or builds a new
   * block when none of them was prepared.
   */
  Proposal justified(int round, List<RoundChange> quorum, long nowMillis) {
    List<SignedMessage<RoundChangePayload>> roundChanges = new ArrayList<>();
    RoundChange highest = null;
    int highestRound = -1;
    for (RoundChange rc : quorum) {
      roundChanges.add(rc.signed());
      if (rc.prepared() instanceof PreparedRound.PreparedAt at && at.round() > highestRound) {
        highest = rc;
        highestRound = at.round();
      }
    }
    if (highest != null
        && highest.certificate() instanceof PreparedCertificate.Present certificate) {
      Block reproposed = QbftBlocks.withRound(certificate.block(), round);
      return sign(reproposed, roundChanges, certificate.prepares());
    }
    return sign(newBlock(round, nowMillis), roundChanges, List.of());
  }

  private Block newBlock(int round, long nowMillis) {
    BlockHeader parent = context.parent();
    long minimum = parent.timestamp() + services.config().blockPeriodMillis() / 1_000;
    long timestamp = Math.max(nowMillis / 1_000, minimum);
    QbftExtraData extra =
        QbftExtraData.unsealed(
            context.validators().members(), services.votes().voteFor(parent), round);
    return services.blockCreator().create(parent, timestamp, extra);
  }

  private Proposal sign(
      Block block,
      List<SignedMessage<RoundChangePayload>> roundChanges,
      List<SignedMessage<PreparePayload>> prepares) {
    int round = QbftBlocks.extraData(block.header()).round();
    ProposalPayload payload =
        new ProposalPayload(new ConsensusRound(context.height(), round), block);
    return new Proposal(signer.sign(payload), roundChanges, prepares);
  }
}
