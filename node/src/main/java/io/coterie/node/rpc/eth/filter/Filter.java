package io.coterie.node.rpc.eth.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.coterie.node.rpc.eth.LogQuery;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * One installed filter: who installed it, what it collects, the changes since the last poll
 * (bounded: the oldest are dropped when a client stops polling a busy chain) and when it was last
 * polled.
 */
final class Filter {
  static final int MAX_PENDING_CHANGES = 10_000;

  private final FilterKind kind;
  private final String owner;
  private final Optional<LogQuery> query;
  private final long fromBlock;
  private final long toBlock;
  private final Deque<JsonNode> changes = new ArrayDeque<>();
  private Instant lastPolled;

  Filter(
      FilterKind kind,
      String owner,
      Optional<LogQuery> query,
      long fromBlock,
      long toBlock,
      Instant now) {
    this.kind = kind;
    this.owner = owner;
    this.query = query;
    this.fromBlock = fromBlock;
    this.toBlock = toBlock;
    this.lastPolled = now;
  }

  FilterKind kind() {
    return kind;
  }

  /** The remote address that installed it. */
  String owner() {
    return owner;
  }

  Optional<LogQuery> query() {
    return query;
  }

  boolean covers(long blockNumber) {
    return blockNumber >= fromBlock && blockNumber <= toBlock;
  }

  synchronized void add(JsonNode change) {
    if (changes.size() == MAX_PENDING_CHANGES) {
      changes.removeFirst();
    }
    changes.addLast(change);
  }

  synchronized ArrayNode drain(Instant now) {
    lastPolled = now;
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    out.addAll(changes);
    changes.clear();
    return out;
  }

  synchronized void touch(Instant now) {
    lastPolled = now;
  }

  synchronized boolean idleSince(Instant cutoff) {
    return lastPolled.isBefore(cutoff);
  }
}
