package io.coterie.node.consensus.qbft.message;

import io.coterie.node.types.Address;

/** One message on the QBFT wire: a signed payload and, for some, its justification. */
public sealed interface QbftMessage permits Proposal, Prepare, Commit, RoundChange {
  SignedMessage<? extends Payload> signed();

  default Address author() {
    return signed().author();
  }

  default ConsensusRound round() {
    return signed().round();
  }

  /** Signed messages carried as justification, each recovered when the message is opened. */
  default int justificationSize() {
    return 0;
  }
}
