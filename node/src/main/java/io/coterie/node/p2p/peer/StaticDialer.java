package io.coterie.node.p2p.peer;

import io.coterie.node.crypto.PublicKey;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dials static nodes and bootnodes. A static node is redialled whenever it is not connected, after
 * a delay doubling with each failure up to the cap and reset by a successful connection, and not
 * before a ban for misconduct ends; a bootnode is dropped from the schedule once connected.
 */
final class StaticDialer {
  private static final Logger LOG = LoggerFactory.getLogger(StaticDialer.class);

  private final PeerManager manager;
  private final P2pConfig config;
  private final EventLoopGroup group;
  private final Map<PublicKey, Entry> entries = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  private static final class Entry {
    final Enode enode;
    final boolean bootnode;
    int failures;
    boolean pending;

    Entry(Enode enode, boolean bootnode) {
      this.enode = enode;
      this.bootnode = bootnode;
    }
  }

  StaticDialer(PeerManager manager, P2pConfig config, EventLoopGroup group) {
    this.manager = manager;
    this.config = config;
    this.group = group;
  }

  boolean addStatic(Enode enode) {
    Entry entry = new Entry(enode, false);
    Entry previous = entries.get(enode.nodeId());
    if (previous != null && !previous.bootnode) {
      return false;
    }
    entries.put(enode.nodeId(), entry);
    schedule(entry, 0);
    return true;
  }

  void addBootnode(Enode enode) {
    Entry entry = new Entry(enode, true);
    if (entries.putIfAbsent(enode.nodeId(), entry) == null) {
      schedule(entry, 0);
    }
  }

  boolean removeStatic(PublicKey id) {
    return entries.remove(id) != null;
  }

  boolean isStatic(PublicKey id) {
    Entry entry = entries.get(id);
    return entry != null && !entry.bootnode;
  }

  void connected(PublicKey id) {
    Entry entry = entries.get(id);
    if (entry == null) {
      return;
    }
    if (entry.bootnode) {
      entries.remove(id, entry);
    }
    synchronized (entry) {
      entry.failures = 0;
    }
  }

  void disconnected(PublicKey id) {
    Entry entry = entries.get(id);
    if (entry != null) {
      retry(entry);
    }
  }

  void stop() {
    stopped = true;
  }

  private void retry(Entry entry) {
    long delay;
    synchronized (entry) {
      if (entry.pending) {
        return;
      }
      delay = config.backoff(entry.failures).toMillis();
      entry.failures++;
    }
    LOG.debug("Redial scheduled enode={} inMs={}", entry.enode, delay);
    schedule(entry, delay);
  }

  private void schedule(Entry entry, long delayMillis) {
    synchronized (entry) {
      entry.pending = true;
    }
    group.schedule(() -> attempt(entry), delayMillis, TimeUnit.MILLISECONDS);
  }

  private void attempt(Entry entry) {
    if (stopped
        || entries.get(entry.enode.nodeId()) != entry
        || manager.isConnected(entry.enode.nodeId())) {
      synchronized (entry) {
        entry.pending = false;
      }
      return;
    }
    Duration banned = manager.banRemaining(entry.enode.nodeId());
    if (!banned.isZero()) {
      LOG.debug("Redial after ban enode={} inMs={}", entry.enode, banned.toMillis());
      group.schedule(() -> attempt(entry), banned.toMillis() + 1, TimeUnit.MILLISECONDS);
      return;
    }
    manager.dial(
        entry.enode,
        success -> {
          synchronized (entry) {
            entry.pending = false;
          }
          if (!success) {
            retry(entry);
          }
        });
  }
}
