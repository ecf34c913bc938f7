package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.validate.EnvelopeValidator;
import io.coterie.node.consensus.qbft.validate.HeightContext;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.validate.Verdict;
import io.coterie.node.consensus.qbft.wire.DecodedMessage;
import io.coterie.node.consensus.qbft.wire.QbftEnvelope;
import io.coterie.node.consensus.qbft.wire.QbftMessageCode;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import java.util.Optional;

/**
 * Turns a received envelope of one height into a message, in the order that keeps a hostile message
 * cheap: the envelope is checked first (signed by a validator of the height that sent it itself, a
 * proposal by the round's proposer), prepares and commits of later rounds are kept unopened, and
 * only then is the justification recovered, refused unread when it has more entries than there are
 * validators.
 */
final class EnvelopeOpener {
  private final HeightContext context;
  private final FutureMessageBuffer buffer;
  private final QbftMetrics metrics;
  private final Rejections rejections;

  EnvelopeOpener(
      HeightContext context,
      FutureMessageBuffer buffer,
      QbftMetrics metrics,
      Rejections rejections) {
    this.context = context;
    this.buffer = buffer;
    this.metrics = metrics;
    this.rejections = rejections;
  }

  /** The opened message; empty when it was refused, counted as old or buffered. */
  Optional<QbftMessage> open(ReceivedEnvelope received, int currentRound) {
    QbftEnvelope envelope = received.envelope();
    int round = envelope.round().round();
    if (round < currentRound) {
      metrics.old();
      return Optional.empty();
    }
    Verdict verdict = EnvelopeValidator.validate(envelope, received.sender(), context);
    if (verdict instanceof Verdict.Rejected rejected) {
      rejections.reject(received.sender(), rejected);
      return Optional.empty();
    }
    boolean justified =
        envelope.type() == QbftMessageCode.PROPOSAL
            || envelope.type() == QbftMessageCode.ROUND_CHANGE;
    if (!justified && round > currentRound) {
      buffer.add(received);
      return Optional.empty();
    }
    DecodedMessage opened = QbftMessageCodec.open(envelope, context.validators().size());
    if (opened instanceof DecodedMessage.Malformed malformed) {
      rejections.reject(received.sender(), MessageRejection.MALFORMED, malformed.reason());
      return Optional.empty();
    }
    QbftMessage message = ((DecodedMessage.Decoded) opened).message();
    metrics.recovered(message.justificationSize());
    return Optional.of(message);
  }
}
