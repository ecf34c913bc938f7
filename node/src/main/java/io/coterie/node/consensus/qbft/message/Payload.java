package io.coterie.node.consensus.qbft.message;

/** The signed part of a QBFT message. */
public sealed interface Payload
    permits ProposalPayload, PreparePayload, CommitPayload, RoundChangePayload {
  ConsensusRound round();
}
