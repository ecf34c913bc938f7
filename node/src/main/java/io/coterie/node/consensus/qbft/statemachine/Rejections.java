package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.validate.Verdict;
import io.coterie.node.types.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts refused messages by reason and reports the peer to the network when the refusal proves
 * {@link MessageRejection#misconduct misconduct}. Callers decide whether it does: a rule checked
 * against a height other than the message's (a validator set not known yet) proves nothing, and
 * such refusals are only {@linkplain #count counted}. Thread-safe.
 */
final class Rejections {
  private static final Logger LOG = LoggerFactory.getLogger(Rejections.class);

  private final QbftMetrics metrics;
  private final ValidatorNetwork network;

  Rejections(QbftMetrics metrics, ValidatorNetwork network) {
    this.metrics = metrics;
    this.network = network;
  }

  void count(MessageRejection reason) {
    metrics.countRejected(reason);
  }

  void reject(Address culprit, MessageRejection reason, Object... args) {
    reject(culprit, (Verdict.Rejected) Verdict.rejected(reason, args));
  }

  void reject(Address culprit, Verdict.Rejected rejected) {
    LOG.debug("Rejected QBFT message from={} reason={}", culprit, rejected.message());
    metrics.countRejected(rejected.reason());
    rejected.reason().misconduct().ifPresent(m -> network.penalise(culprit, m, rejected.message()));
  }
}
