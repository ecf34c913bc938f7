package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.types.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages for heights or rounds this validator has not reached, kept until it does. Bounded twice:
 * at most {@code perAuthor} messages per author (the oldest goes first) and at most {@code
 * maxAuthors} authors (a new author beyond that is refused), so a flood from one key, validator or
 * not, costs at most a fixed amount of memory. Every message dropped here is counted.
 */
final class FutureMessageBuffer {
  private final int perAuthor;
  private final int maxAuthors;
  private final QbftMetrics metrics;
  private final Map<Address, Deque<QbftMessage>> byAuthor = new LinkedHashMap<>();

  FutureMessageBuffer(int perAuthor, int maxAuthors, QbftMetrics metrics) {
    this.perAuthor = perAuthor;
    this.maxAuthors = maxAuthors;
    this.metrics = metrics;
  }

  void add(QbftMessage message) {
    Deque<QbftMessage> queue = byAuthor.get(message.author());
    if (queue == null) {
      if (byAuthor.size() == maxAuthors) {
        metrics.evicted();
        return;
      }
      queue = new ArrayDeque<>();
      byAuthor.put(message.author(), queue);
    }
    if (queue.size() == perAuthor) {
      queue.removeFirst();
      metrics.evicted();
    }
    queue.addLast(message);
    metrics.buffered();
  }

  /** Removes and returns, oldest first per author, the messages at or below {@code reached}. */
  List<QbftMessage> takeUpTo(ConsensusRound reached) {
    List<QbftMessage> due = new ArrayList<>();
    Iterator<Deque<QbftMessage>> queues = byAuthor.values().iterator();
    while (queues.hasNext()) {
      Deque<QbftMessage> queue = queues.next();
      queue.removeIf(
          m -> {
            if (m.round().compareTo(reached) <= 0) {
              due.add(m);
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
}
