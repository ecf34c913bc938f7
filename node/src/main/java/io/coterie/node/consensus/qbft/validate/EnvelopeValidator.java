package io.coterie.node.consensus.qbft.validate;

import io.coterie.node.consensus.qbft.wire.QbftEnvelope;
import io.coterie.node.consensus.qbft.wire.QbftMessageCode;
import io.coterie.node.types.Address;

/**
 * What can be checked of a message of this height from its envelope alone, before its justification
 * is recovered: the peer that sent it signed it (validators do not relay), it is a validator of the
 * height, and a proposal comes from the round's proposer.
 */
public final class EnvelopeValidator {
  private EnvelopeValidator() {}

  public static Verdict validate(QbftEnvelope envelope, Address sender, HeightContext context) {
    Address author = envelope.author();
    if (!author.equals(sender)) {
      return Verdict.rejected(MessageRejection.NOT_FROM_AUTHOR, author, sender);
    }
    if (!context.validators().contains(author)) {
      return Verdict.rejected(MessageRejection.NOT_A_VALIDATOR, author, context.height());
    }
    if (envelope.type() == QbftMessageCode.PROPOSAL) {
      Address proposer = context.proposer(envelope.round().round());
      if (!author.equals(proposer)) {
        return Verdict.rejected(
            MessageRejection.WRONG_PROPOSER, envelope.round(), author, proposer);
      }
    }
    return Verdict.accepted();
  }
}
