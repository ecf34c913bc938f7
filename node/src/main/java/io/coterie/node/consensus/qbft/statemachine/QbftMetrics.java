package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.validate.MessageRejection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Counters of the consensus thread, readable from any thread (a metrics exporter, tests). Every
 * dropped or refused message increments exactly one counter.
 */
public final class QbftMetrics {
  private final Map<MessageRejection, AtomicLong> rejected = new EnumMap<>(MessageRejection.class);
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong oldMessages = new AtomicLong();
  private final AtomicLong buffered = new AtomicLong();
  private final AtomicLong bufferEvicted = new AtomicLong();
  private final AtomicLong queueOverflow = new AtomicLong();
  private final AtomicLong roundChanges = new AtomicLong();
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong refusedToSign = new AtomicLong();
  private final AtomicLong signaturesRecovered = new AtomicLong();
  private volatile long height;
  private volatile int round;
  private volatile long heightStartedNanos;
  private volatile LongConsumer heightNanos = nanos -> {};

  public QbftMetrics() {
    for (MessageRejection reason : MessageRejection.values()) {
      rejected.put(reason, new AtomicLong());
    }
  }

  void received() {
    received.incrementAndGet();
  }

  void countRejected(MessageRejection reason) {
    rejected.get(reason).incrementAndGet();
  }

  void duplicate() {
    duplicates.incrementAndGet();
  }

  void old() {
    oldMessages.incrementAndGet();
  }

  void buffered() {
    buffered.incrementAndGet();
  }

  void evicted() {
    bufferEvicted.incrementAndGet();
  }

  void countQueueOverflow() {
    queueOverflow.incrementAndGet();
  }

  void roundChange() {
    roundChanges.incrementAndGet();
  }

  void committed() {
    committed.incrementAndGet();
    long started = heightStartedNanos;
    if (started != 0) {
      heightNanos.accept(System.nanoTime() - started);
    }
  }

  /**
   * Hands {@code observer} the nanoseconds from the start of each height this validator commits
   * (its first round) to its commit, rounds changed on the way included.
   */
  public void timeHeightsWith(LongConsumer observer) {
    heightNanos = observer;
  }

  void countRefusedToSign() {
    refusedToSign.incrementAndGet();
  }

  void recovered(int signatures) {
    signaturesRecovered.addAndGet(signatures);
  }

  void position(long newHeight, int newRound) {
    if (newHeight != height || heightStartedNanos == 0) {
      heightStartedNanos = System.nanoTime();
    }
    height = newHeight;
    round = newRound;
  }

  public long rejected(MessageRejection reason) {
    return rejected.get(reason).get();
  }

  public long duplicates() {
    return duplicates.get();
  }

  public long oldMessages() {
    return oldMessages.get();
  }

  /** Future messages dropped: too far ahead, over a buffer bound, or evicted for newer ones. */
  public long bufferEvicted() {
    return bufferEvicted.get();
  }

  public long queueOverflow() {
    return queueOverflow.get();
  }

  public long localRoundChanges() {
    return roundChanges.get();
  }

  public long blocksCommitted() {
    return committed.get();
  }

  /** Messages the locked state stopped this validator from signing. */
  public long refusedToSign() {
    return refusedToSign.get();
  }

  /**
   * Signatures of received messages recovered: one per envelope read (its outer author) plus one
   * per justification entry of each message opened. Commit seals are not counted.
   */
  public long signaturesRecovered() {
    return signaturesRecovered.get();
  }

  public long height() {
    return height;
  }

  public int round() {
    return round;
  }

  /** All counters by a stable name, e.g. {@code rejected_wrong_digest}, for an exporter. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("received", received.get());
    rejected.forEach(
        (reason, count) -> out.put("rejected_" + reason.name().toLowerCase(), count.get()));
    out.put("duplicates", duplicates.get());
    out.put("old_messages", oldMessages.get());
    out.put("buffered", buffered.get());
    out.put("buffer_evicted", bufferEvicted.get());
    out.put("queue_overflow", queueOverflow.get());
    out.put("round_changes", roundChanges.get());
    out.put("blocks_committed", committed.get());
    out.put("refused_to_sign", refusedToSign.get());
    out.put("signatures_recovered", signaturesRecovered.get());
    out.put("height", height);
    out.put("round", (long) round);
    return out;
  }
}
