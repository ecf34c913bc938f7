package io.coterie.node.p2p.peer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Networking settings. {@code port} 0 picks a free port (tests). Static nodes are redialled forever
 * with backoff from {@code backoffInitial} doubling to {@code backoffMax}; bootnodes are dialled at
 * start (with the same backoff) until the first connection succeeds. {@code helloTimeout} is the
 * deadline for an inbound or outbound connection to finish the RLPx handshake and Hello; {@code
 * limits} bound pending connections and ban misbehaving peers.
 */
public record P2pConfig(
    String host,
    int port,
    String clientId,
    int maxPeers,
    List<Enode> staticNodes,
    List<Enode> bootnodes,
    int maxMessageSize,
    Duration pingInterval,
    Duration pongTimeout,
    Duration helloTimeout,
    Duration backoffInitial,
    Duration backoffMax,
    P2pLimits limits) {
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024 * 1024;

  public P2pConfig {
    staticNodes = List.copyOf(staticNodes);
    bootnodes = List.copyOf(bootnodes);
    if (maxPeers < 1) {
      throw new IllegalArgumentException("max peers must be at least 1, got " + maxPeers);
    }
    Objects.requireNonNull(limits, "limits");
    if (maxMessageSize < 1024 || maxMessageSize >= 1 << 24) {
      throw new IllegalArgumentException(
          "max message size must be 1 KiB .. 16 MiB - 1, got " + maxMessageSize);
    }
  }

  public static P2pConfig defaults(String host, int port) {
    return new P2pConfig(
        host,
        port,
        "Coterie/v0.1.0/java" + Runtime.version().feature(),
        25,
        List.of(),
        List.of(),
        DEFAULT_MAX_MESSAGE_SIZE - 1,
        Duration.ofSeconds(15),
        Duration.ofSeconds(20),
        Duration.ofSeconds(10),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        P2pLimits.DEFAULTS);
  }

  public P2pConfig withStaticNodes(List<Enode> nodes) {
    return edit(d -> d.staticNodes = nodes);
  }

  public P2pConfig withBootnodes(List<Enode> nodes) {
    return edit(d -> d.bootnodes = nodes);
  }

  public P2pConfig withMaxPeers(int max) {
    return edit(d -> d.maxPeers = max);
  }

  public P2pConfig withMaxMessageSize(int max) {
    return edit(d -> d.maxMessageSize = max);
  }

  public P2pConfig withTimers(Duration ping, Duration pong, Duration hello) {
    return edit(
        d -> {
          d.pingInterval = ping;
          d.pongTimeout = pong;
          d.helloTimeout = hello;
        });
  }

  public P2pConfig withBackoff(Duration initial, Duration max) {
    return edit(
        d -> {
          d.backoffInitial = initial;
          d.backoffMax = max;
        });
  }

  public P2pConfig withLimits(P2pLimits newLimits) {
    return edit(d -> d.limits = newLimits);
  }

  /** A copy with {@code change} applied to its settings (and checked again). */
  private P2pConfig edit(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** The settings, while a copy is being changed. */
  private static final class Draft {
    String host;
    int port;
    String clientId;
    int maxPeers;
    List<Enode> staticNodes;
    List<Enode> bootnodes;
    int maxMessageSize;
    Duration pingInterval;
    Duration pongTimeout;
    Duration helloTimeout;
    Duration backoffInitial;
    Duration backoffMax;
    P2pLimits limits;

    Draft(P2pConfig c) {
      host = c.host;
      port = c.port;
      clientId = c.clientId;
      maxPeers = c.maxPeers;
      staticNodes = c.staticNodes;
      bootnodes = c.bootnodes;
      maxMessageSize = c.maxMessageSize;
      pingInterval = c.pingInterval;
      pongTimeout = c.pongTimeout;
      helloTimeout = c.helloTimeout;
      backoffInitial = c.backoffInitial;
      backoffMax = c.backoffMax;
      limits = c.limits;
    }

    P2pConfig build() {
      return new P2pConfig(
          host,
          port,
          clientId,
          maxPeers,
          staticNodes,
          bootnodes,
          maxMessageSize,
          pingInterval,
          pongTimeout,
          helloTimeout,
          backoffInitial,
          backoffMax,
          limits);
    }
  }

  /** The delay before dial attempt {@code failures + 1}: initial doubling, capped. */
  public Duration backoff(int failures) {
    long millis = backoffInitial.toMillis() << Math.min(failures, 20);
    return Duration.ofMillis(Math.min(millis, backoffMax.toMillis()));
  }
}
