package io.coterie.node.rpc.server;

import com.fasterxml.jackson.databind.node.NullNode;
import io.coterie.node.rpc.method.RpcError;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts open connections of one listener and of each remote address, and refuses those over either
 * limit: the client reads an HTTP 503 (listener full) or 429 (its address has its share) saying so,
 * and the connection closes.
 */
final class ConnectionLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);

  /** Under a flood of connections, one log line per this many refusals. */
  private static final int LOG_EVERY = 1_000;

  private final String listener;
  private final int maxConnections;
  private final AddressConnections perAddress;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicLong refused = new AtomicLong();

  ConnectionLimiter(String listener, int maxConnections, AddressConnections perAddress) {
    this.listener = listener;
    this.maxConnections = maxConnections;
    this.perAddress = perAddress;
  }

  /** Admits the channel and tracks its close, or refuses it at once; says which. */
  boolean admit(Channel channel) {
    if (open.incrementAndGet() > maxConnections) {
      open.decrementAndGet();
      refuse(
          channel,
          HttpResponseStatus.SERVICE_UNAVAILABLE,
          "the "
              + listener
              + " listener has its limit of "
              + maxConnections
              + " connections open; try again shortly, and reuse one keep-alive connection rather"
              + " than opening many");
      return false;
    }
    String address = remoteAddress(channel);
    if (!perAddress.tryOpen(address)) {
      open.decrementAndGet();
      refuse(
          channel,
          HttpResponseStatus.TOO_MANY_REQUESTS,
          address
              + " has "
              + perAddress.maxPerAddress()
              + " connections open, the limit per address; close idle ones or reuse a keep-alive"
              + " connection");
      return false;
    }
    channel
        .closeFuture()
        .addListener(
            future -> {
              open.decrementAndGet();
              perAddress.closed(address);
            });
    return true;
  }

  int open() {
    return open.get();
  }

  static String remoteAddress(Channel channel) {
    return channel.remoteAddress() instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress()
        : String.valueOf(channel.remoteAddress());
  }

  /** Written before any handler is in place, so as raw bytes. */
  private void refuse(Channel channel, HttpResponseStatus status, String reason) {
    long count = refused.incrementAndGet();
    if (count % LOG_EVERY == 1) {
      LOG.warn(
          "RPC connection refused listener={} remote={} reason=\"{}\" refusedSoFar={}",
          listener,
          channel.remoteAddress(),
          reason,
          count);
    }
    byte[] body =
        JsonRpcProcessor.errorResponse(NullNode.instance, RpcError.limitExceeded(reason))
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n";
    channel
        .writeAndFlush(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body))
        .addListener(future -> lingeringClose(channel));
  }

  /**
   * Half-closes, then closes a moment later: closing at once with the client's request unread would
   * reset the connection, and a reset can discard the answer before the client reads it.
   */
  private static void lingeringClose(Channel channel) {
    if (channel instanceof DuplexChannel duplex) {
      duplex.shutdownOutput();
    }
    channel.eventLoop().schedule(() -> channel.close(), 1, TimeUnit.SECONDS);
  }
}
