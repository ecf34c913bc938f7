package io.coterie.node.rpc.server;

import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts open connections of one listener and refuses (closes) those over the limit. */
final class ConnectionLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);

  private final int maxConnections;
  private final AtomicInteger open = new AtomicInteger();

  ConnectionLimiter(int maxConnections) {
    this.maxConnections = maxConnections;
  }

  /** Admits the channel and tracks its close, or closes it at once; says which. */
  boolean admit(Channel channel) {
    if (open.incrementAndGet() > maxConnections) {
      open.decrementAndGet();
      LOG.warn(
          "RPC connection refused remote={} reason=limit maxConnections={}",
          channel.remoteAddress(),
          maxConnections);
      channel.close();
      return false;
    }
    channel.closeFuture().addListener(future -> open.decrementAndGet());
    return true;
  }

  int open() {
    return open.get();
  }
}
