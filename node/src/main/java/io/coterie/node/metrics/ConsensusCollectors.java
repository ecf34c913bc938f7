package io.coterie.node.metrics;

import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/** The QBFT counters as {@code coterie_qbft_*} metrics. */
public final class ConsensusCollectors {
  private ConsensusCollectors() {}

  public static void register(PrometheusRegistry registry, QbftMetrics qbft) {
    Callbacks.counter(
        registry,
        "coterie_qbft_messages_received",
        "QBFT messages taken off the event queue, valid or not",
        () -> qbft.snapshot().get("received"));
    CounterWithCallback.builder()
        .name("coterie_qbft_messages_rejected")
        .help(
            "QBFT messages refused, by reason (malformed, not_a_validator, wrong_proposer,"
                + " wrong_digest, bad_commit_seal, equivocation, ...)")
        .labelNames("reason")
        .callback(
            callback -> {
              for (MessageRejection reason : MessageRejection.values()) {
                callback.call(qbft.rejected(reason), reason.name().toLowerCase(Locale.ROOT));
              }
            })
        .register(registry);
    Callbacks.counter(
        registry,
        "coterie_qbft_messages_duplicate",
        "QBFT messages ignored because the same author already sent them",
        qbft::duplicates);
    Callbacks.counter(
        registry,
        "coterie_qbft_messages_old",
        "QBFT messages for a height already decided, or one this node does not validate",
        qbft::oldMessages);
    Callbacks.counter(
        registry,
        "coterie_qbft_messages_buffered",
        "QBFT messages for a future height kept until that height starts",
        () -> qbft.snapshot().get("buffered"));
    Callbacks.counter(
        registry,
        "coterie_qbft_messages_buffer_evicted",
        "Future-height QBFT messages dropped: too far ahead, over a buffer bound, or evicted",
        qbft::bufferEvicted);
    Callbacks.counter(
        registry,
        "coterie_qbft_event_queue_overflow",
        "QBFT events dropped because the consensus event queue was full",
        qbft::queueOverflow);
    Callbacks.counter(
        registry,
        "coterie_qbft_round_changes",
        "Rounds this validator moved to after a timeout or a round-change quorum",
        qbft::localRoundChanges);
    Callbacks.counter(
        registry,
        "coterie_qbft_blocks_committed",
        "Blocks this node committed through QBFT",
        qbft::blocksCommitted);
    Callbacks.counter(
        registry,
        "coterie_qbft_refused_to_sign",
        "Messages the locked state stopped this validator from signing",
        qbft::refusedToSign);
    Callbacks.counter(
        registry,
        "coterie_qbft_signatures_recovered",
        "Signatures of received QBFT messages recovered: outer authors and justification entries",
        qbft::signaturesRecovered);
    Callbacks.gauge(registry, "coterie_qbft_height", "The height QBFT is deciding", qbft::height);
    Callbacks.gauge(
        registry, "coterie_qbft_round", "The round QBFT is in at that height", qbft::round);
  }
}
