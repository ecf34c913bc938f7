package io.coterie.node.p2p.peer;

import io.netty.channel.Channel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inbound connections that have not sent their Hello yet, bounded in all and per remote address. At
 * a bound the oldest pending connection of the address that holds the most (the new one's own
 * address when that is at its bound) is closed to make room: an honest peer completes its handshake
 * in milliseconds, so it loses its place only to a flood that opens connections faster than the
 * bound per handshake, while idle sockets are closed in arrival order. Thread-safe.
 */
final class PendingConnections {
  private final int max;
  private final int maxPerAddress;
  private final P2pMetrics metrics;
  private final Map<Channel, InetAddress> pending = new LinkedHashMap<>();
  private final Map<InetAddress, Integer> perAddress = new HashMap<>();

  PendingConnections(P2pLimits limits, P2pMetrics metrics) {
    this.max = limits.maxPendingConnections();
    this.maxPerAddress = limits.maxPendingPerAddress();
    this.metrics = metrics;
  }

  /** Registers a new inbound connection; it leaves when closed or {@linkplain #done done}. */
  void add(Channel channel) {
    InetAddress address = address(channel);
    Channel evicted = null;
    synchronized (this) {
      if (perAddress.getOrDefault(address, 0) >= maxPerAddress) {
        evicted = oldestOf(address);
      } else if (pending.size() >= max) {
        evicted = oldestOf(busiest());
      }
      if (evicted != null) {
        remove(evicted);
      }
      pending.put(channel, address);
      perAddress.merge(address, 1, Integer::sum);
      metrics.pendingConnections.set(pending.size());
    }
    channel.closeFuture().addListener(f -> done(channel));
    if (evicted != null) {
      metrics.pendingEvicted.incrementAndGet();
      evicted.close();
    }
  }

  /** The connection's Hello arrived, or it closed. */
  synchronized void done(Channel channel) {
    remove(channel);
    metrics.pendingConnections.set(pending.size());
  }

  synchronized int size() {
    return pending.size();
  }

  private void remove(Channel channel) {
    InetAddress address = pending.remove(channel);
    if (address != null) {
      perAddress.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
    }
  }

  private Channel oldestOf(InetAddress address) {
    for (Map.Entry<Channel, InetAddress> entry : pending.entrySet()) {
      if (entry.getValue().equals(address)) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("no pending connection from " + address);
  }

  private InetAddress busiest() {
    InetAddress busiest = null;
    int most = 0;
    for (Map.Entry<InetAddress, Integer> entry : perAddress.entrySet()) {
      if (entry.getValue() > most) {
        busiest = entry.getKey();
        most = entry.getValue();
      }
    }
    return busiest;
  }

  private static InetAddress address(Channel channel) {
    return ((InetSocketAddress) channel.remoteAddress()).getAddress();
  }
}
