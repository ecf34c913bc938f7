package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.List;
import java.util.Objects;

/**
 * A proposal and, for rounds above 0, its justification: the quorum of round changes for this
 * round, and the prepares of the highest prepared certificate among them (empty when none was
 * prepared).
 */
public record Proposal(
    SignedMessage<ProposalPayload> signed,
    List<SignedMessage<RoundChangePayload>> roundChanges,
    List<SignedMessage<PreparePayload>> prepares)
    implements QbftMessage {
  public Proposal {
    Objects.requireNonNull(signed, "signed");
    roundChanges = List.copyOf(roundChanges);
    prepares = List.copyOf(prepares);
  }

  @Override
  public int justificationSize() {
    return roundChanges.size() + prepares.size();
  }

  public Block block() {
    return signed.payload().block();
  }

  /** The block's hash modulo round, which prepares and commits name. */
  public Hash digest() {
    return QbftBlocks.hash(block());
  }
}
