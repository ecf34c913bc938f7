package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.types.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages for heights or rounds this validator has not reached, kept until it does. Bounded three
 * ways: at most {@code perAuthor} messages per author (the oldest goes first), at most {@code
 * maxAuthors} authors (a new author beyond that is refused) and at most {@code maxBytes} of encoded
 * messages in all (a message that does not fit is refused), so a flood from any key, validator or
 * not, costs at most a fixed amount of memory. Every message dropped here is counted. Messages are
 * kept as envelopes: their justification is recovered only if they are replayed.
 */
final class FutureMessageBuffer {
  private final int perAuthor;
  private final int maxAuthors;
  private final QbftMetrics metrics;
  private final long maxBytes;
  private final Map<Address, Deque<Held>> byAuthor = new LinkedHashMap<>();
  private long bytes;

  private record Held(ReceivedEnvelope message, int size) {}

  FutureMessageBuffer(int perAuthor, int maxAuthors, long maxBytes, QbftMetrics metrics) {
    this.perAuthor = perAuthor;
    this.maxAuthors = maxAuthors;
    this.maxBytes = maxBytes;
    this.metrics = metrics;
  }

  void add(ReceivedEnvelope message) {
    int size = message.envelope().size();
    Deque<Held> queue = byAuthor.get(message.author());
    if ((queue == null && byAuthor.size() == maxAuthors) || size > maxBytes) {
      metrics.evicted();
      return;
    }
    if (queue == null) {
      queue = new ArrayDeque<>();
      byAuthor.put(message.author(), queue);
    }
    while (!queue.isEmpty() && (queue.size() == perAuthor || bytes + size > maxBytes)) {
      bytes -= queue.removeFirst().size();
      metrics.evicted();
    }
    if (bytes + size > maxBytes) {
      metrics.evicted();
      if (queue.isEmpty()) {
        byAuthor.remove(message.author());
      }
      return;
    }
    queue.addLast(new Held(message, size));
    bytes += size;
    metrics.buffered();
  }

  /** Removes and returns, oldest first per author, the messages at or below {@code reached}. */
  List<ReceivedEnvelope> takeUpTo(ConsensusRound reached) {
    List<ReceivedEnvelope> due = new ArrayList<>();
    Iterator<Deque<Held>> queues = byAuthor.values().iterator();
    while (queues.hasNext()) {
      Deque<Held> queue = queues.next();
      queue.removeIf(
          held -> {
            if (held.message().envelope().round().compareTo(reached) <= 0) {
              due.add(held.message());
              bytes -= held.size();
              return true;
            }
            return false;
          });
      if (queue.isEmpty()) {
        queues.remove();
      }
    }
    return due;
  }

  int size() {
    return byAuthor.values().stream().mapToInt(Deque::size).sum();
  }

  long bytes() {
    return bytes;
  }
}
