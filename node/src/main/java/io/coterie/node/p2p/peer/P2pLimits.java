package io.coterie.node.p2p.peer;

import java.time.Duration;

/**
 * What one peer, or one remote address, may cost this node. Inbound connections that have not
 * finished the handshake and Hello are capped in all ({@code maxPendingConnections}) and per remote
 * IP address ({@code maxPendingPerAddress}); at a cap the oldest such connection (of the address
 * with the most) is closed for the new one, so a socket flood cannot keep a peer that completes its
 * handshake in milliseconds out, and every pending connection is closed at the Hello deadline
 * ({@link P2pConfig#helloTimeout}). A peer disconnected for misconduct may not reconnect for {@code
 * banInitial}, doubling with each such disconnection up to {@code banMax}.
 */
public record P2pLimits(
    int maxPendingConnections, int maxPendingPerAddress, Duration banInitial, Duration banMax) {
  public static final P2pLimits DEFAULTS =
      new P2pLimits(64, 16, Duration.ofSeconds(30), Duration.ofMinutes(30));

  public P2pLimits {
    if (maxPendingConnections < 1 || maxPendingPerAddress < 1) {
      throw new IllegalArgumentException(
          "pending connection limits must be at least 1, got "
              + maxPendingConnections
              + " and "
              + maxPendingPerAddress);
    }
    if (banInitial.isNegative() || banMax.compareTo(banInitial) < 0) {
      throw new IllegalArgumentException(
          "bans need 0 <= initial <= max, got " + banInitial + " and " + banMax);
    }
  }

  public P2pLimits withPending(int max, int perAddress) {
    return new P2pLimits(max, perAddress, banInitial, banMax);
  }

  public P2pLimits withBans(Duration initial, Duration max) {
    return new P2pLimits(maxPendingConnections, maxPendingPerAddress, initial, max);
  }
}
