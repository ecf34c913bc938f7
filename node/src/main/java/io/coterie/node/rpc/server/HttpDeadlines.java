package io.coterie.node.rpc.server;

import io.coterie.node.rpc.method.RpcError;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines of one HTTP connection against slow clients (slowloris): from a request's first byte
 * (or the connection's opening) its headers must arrive within the header timeout and the whole
 * request within the read timeout, however the bytes trickle in; a keep-alive connection waits at
 * most the idle timeout for its next request. A request that misses its deadline is answered 408
 * and the connection closed. Time spent running a request does not count: that has its own
 * deadline.
 *
 * <p>Two handlers share the state: {@link #bytes()} sits before the HTTP codec and sees raw bytes
 * arrive, {@link #messages()} after it and sees headers, the end of a request and the response
 * going out. Both run on the channel's event loop.
 */
final class HttpDeadlines {
  private static final Logger LOG = LoggerFactory.getLogger(HttpDeadlines.class);

  private final Duration headerTimeout;
  private final Duration readTimeout;
  private final Duration idleTimeout;
  private final Messages messages = new Messages();
  private final Bytes bytes = new Bytes();

  private ChannelHandlerContext ctx;
  private ScheduledFuture<?> timer;
  private boolean receiving = true;
  private boolean headersSeen;
  private long requestStartNanos = System.nanoTime();

  /**
   * Requests received minus responses written; below zero when a response went out before its
   * request ended (a 413 for an oversized body).
   */
  private int awaitingResponse;

  HttpDeadlines(RpcLimits limits) {
    this.headerTimeout = limits.httpHeaderTimeout();
    this.readTimeout = limits.httpReadTimeout();
    this.idleTimeout = limits.httpIdleTimeout();
  }

  ChannelHandler bytes() {
    return bytes;
  }

  ChannelHandler messages() {
    return messages;
  }

  private void requestStarted() {
    if (!receiving) {
      receiving = true;
      headersSeen = false;
      requestStartNanos = System.nanoTime();
      reschedule();
    }
  }

  private void reschedule() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    if (ctx == null) {
      return;
    }
    if (receiving) {
      Duration limit = headersSeen ? readTimeout : min(headerTimeout, readTimeout);
      long left = requestStartNanos + limit.toNanos() - System.nanoTime();
      timer = ctx.executor().schedule(this::requestTooSlow, left, TimeUnit.NANOSECONDS);
    } else if (awaitingResponse <= 0) {
      timer =
          ctx.executor().schedule(this::idleTooLong, idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private void requestTooSlow() {
    String option = headersSeen ? "--rpc-http-read-timeout" : "--rpc-http-header-timeout";
    Duration limit = headersSeen ? readTimeout : min(headerTimeout, readTimeout);
    String what = headersSeen ? "the request body" : "the request headers";
    LOG.warn(
        "Closing slow HTTP RPC connection remote={} reason=\"{} not received within {} ms\"",
        ctx.channel().remoteAddress(),
        what,
        limit.toMillis());
    if (awaitingResponse > 0) {
      ctx.close();
      return;
    }
    HttpResponse response =
        HttpResponses.error(
            HttpResponseStatus.REQUEST_TIMEOUT,
            RpcError.limitExceeded(
                what
                    + " did not arrive within "
                    + limit.toMillis()
                    + " ms ("
                    + option
                    + "); send each request whole, without pauses"));
    response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  private void idleTooLong() {
    ctx.close();
  }

  private void stop() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    ctx = null;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Before the codec: the first byte of a request starts its clock. */
  private final class Bytes extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
      if (msg instanceof ByteBuf buffer && buffer.isReadable()) {
        requestStarted();
      }
      context.fireChannelRead(msg);
    }
  }

  /** After the codec: headers, end of request, and the response written. */
  private final class Messages extends ChannelDuplexHandler {
    @Override
    public void handlerAdded(ChannelHandlerContext context) {
      ctx = context;
      reschedule();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
      stop();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
      stop();
      context.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
      if (msg instanceof HttpRequest) {
        requestStarted();
        headersSeen = true;
        reschedule();
      }
      if (msg instanceof LastHttpContent) {
        receiving = false;
        awaitingResponse++;
        reschedule();
      }
      context.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext context, Object msg, ChannelPromise promise) {
      if (msg instanceof LastHttpContent && msg instanceof HttpResponse) {
        promise = promise.unvoid();
        promise.addListener(
            future -> {
              if (ctx != null) {
                awaitingResponse--;
                reschedule();
              }
            });
      }
      context.write(msg, promise);
    }
  }
}
