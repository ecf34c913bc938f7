package io.coterie.node.types;

import java.util.List;
import java.util.Objects;

/** An event log: the emitting address, up to four topics, and data. */
public record Log(Address address, List<Hash> topics, Bytes data) {
  public static final int MAX_TOPICS = 4;

  public Log {
    Objects.requireNonNull(address, "address");
    topics = List.copyOf(topics);
    Objects.requireNonNull(data, "data");
    if (topics.size() > MAX_TOPICS) {
      throw new IllegalArgumentException("a log has at most 4 topics, got " + topics.size());
    }
  }
}
