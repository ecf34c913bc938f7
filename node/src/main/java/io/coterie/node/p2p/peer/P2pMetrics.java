package io.coterie.node.p2p.peer;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of refused input and refused peers; the metrics package exports them. */
public final class P2pMetrics {
  final AtomicLong protocolBreaches = new AtomicLong();
  final AtomicLong oversizedMessages = new AtomicLong();
  final AtomicLong handshakeFailures = new AtomicLong();
  final AtomicLong notPermitted = new AtomicLong();
  final AtomicLong duplicateConnections = new AtomicLong();
  final AtomicLong timeouts = new AtomicLong();
  final AtomicLong pongsReceived = new AtomicLong();

  public long pongsReceived() {
    return pongsReceived.get();
  }

  /** Malformed, unknown or oversized messages that got a peer disconnected (oversized included). */
  public long protocolBreaches() {
    return protocolBreaches.get();
  }

  public long oversizedMessages() {
    return oversizedMessages.get();
  }

  public long handshakeFailures() {
    return handshakeFailures.get();
  }

  public long notPermitted() {
    return notPermitted.get();
  }

  public long duplicateConnections() {
    return duplicateConnections.get();
  }

  public long timeouts() {
    return timeouts.get();
  }
}
