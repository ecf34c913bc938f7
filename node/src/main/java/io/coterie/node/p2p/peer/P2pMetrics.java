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
  final AtomicLong pendingConnections = new AtomicLong();
  final AtomicLong pendingEvicted = new AtomicLong();
  final AtomicLong penalties = new AtomicLong();
  final AtomicLong misconductDisconnects = new AtomicLong();
  final AtomicLong bannedRefused = new AtomicLong();

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

  /** Handshakes and Hello deadlines missed, and pongs not received in time. */
  public long timeouts() {
    return timeouts.get();
  }

  /** Inbound connections now between accept and Hello. */
  public long pendingConnections() {
    return pendingConnections.get();
  }

  /** Pending connections closed to make room under the pending-connection bounds. */
  public long pendingEvicted() {
    return pendingEvicted.get();
  }

  /** Offences sub-protocols reported against peers (protocol breaches included). */
  public long penalties() {
    return penalties.get();
  }

  /** Peers disconnected and banned because their score reached the limit. */
  public long misconductDisconnects() {
    return misconductDisconnects.get();
  }

  /** Connections refused after the handshake because the peer was banned. */
  public long bannedRefused() {
    return bannedRefused.get();
  }
}
