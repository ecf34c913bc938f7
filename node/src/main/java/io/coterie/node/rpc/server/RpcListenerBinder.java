package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.EndpointAuth;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.EventExecutorGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Binds one RPC listener (HTTP, WebSocket or the web listener) with the pipeline every connection
 * gets: the connection limits, optional TLS, the slow-request deadlines, the HTTP codec, the body
 * limit and the handler on the worker group. What the listeners share (event loops, scheduler,
 * processor, routes) is held here once; what differs is passed to {@link #bind}.
 */
final class RpcListenerBinder {
  static final String AGGREGATOR = "http-aggregator";

  /** The slow-request deadlines (before and after the codec); removed once a WebSocket is up. */
  static final String HTTP_DEADLINE_BYTES = "http-deadline-bytes";

  static final String HTTP_DEADLINES = "http-deadlines";

  /**
   * A WebSocket subscriber whose unsent notifications pass the high mark is too slow: it is closed.
   */
  private static final int WRITE_LOW_WATER_MARK = 1 << 20;

  private static final int WRITE_HIGH_WATER_MARK = 8 << 20;

  /** The parts every listener of one server shares. */
  record Shared(
      EventLoopGroup boss,
      EventLoopGroup io,
      Class<? extends ServerChannel> channelType,
      RpcServerConfig config,
      ChannelGroup connections,
      AddressConnections perAddress,
      JsonRpcProcessor processor,
      SubscriptionHub hub,
      RequestGuard guard,
      EventExecutorGroup workers,
      FairScheduler scheduler,
      WebRoutes web,
      PublicRpcRoute publicRpc) {}

  private final Shared shared;

  RpcListenerBinder(Shared shared) {
    this.shared = shared;
  }

  /**
   * Listens on {@code host:port} as {@code listener}, at most {@code maxConnections} at once
   * (logged under {@code name}), serving {@code methods} behind {@code auth}.
   *
   * @throws UncheckedIOException when the port cannot be bound
   */
  Channel bind(
      Listener listener,
      String name,
      String host,
      int port,
      int maxConnections,
      MethodLookup methods,
      EndpointAuth auth,
      Optional<SslContext> tls) {
    ConnectionLimiter limiter = new ConnectionLimiter(name, maxConnections, shared.perAddress());
    RpcServerConfig config = shared.config();
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(shared.boss(), shared.io())
            .channel(shared.channelType())
            .option(ChannelOption.SO_BACKLOG, 128)
            .childOption(
                ChannelOption.WRITE_BUFFER_WATER_MARK,
                new WriteBufferWaterMark(WRITE_LOW_WATER_MARK, WRITE_HIGH_WATER_MARK))
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    if (!limiter.admit(channel)) {
                      return;
                    }
                    shared.connections().add(channel);
                    tls.ifPresent(
                        context ->
                            channel.pipeline().addLast("tls", context.newHandler(channel.alloc())));
                    HttpDeadlines deadlines = new HttpDeadlines(config.limits());
                    channel
                        .pipeline()
                        .addLast(HTTP_DEADLINE_BYTES, deadlines.bytes())
                        .addLast("http-codec", new HttpServerCodec())
                        .addLast(HTTP_DEADLINES, deadlines.messages())
                        .addLast(AGGREGATOR, new BodyLimitAggregator(config.maxBodyBytes()))
                        .addLast(shared.workers(), "http-rpc", handler(listener, methods, auth));
                  }
                });
    try {
      return bootstrap.bind(host, port).sync().channel();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted while binding the RPC port " + host + ":" + port, e);
    } catch (Exception e) {
      throw new UncheckedIOException(
          new IOException(
              "cannot listen on "
                  + host
                  + ":"
                  + port
                  + " ("
                  + e.getMessage()
                  + "); choose another port or stop the process using it",
              e));
    }
  }

  private HttpRpcHandler handler(Listener listener, MethodLookup methods, EndpointAuth auth) {
    return new HttpRpcHandler(
        shared.processor(),
        methods,
        shared.hub(),
        shared.guard(),
        shared.config().limits(),
        shared.workers(),
        shared.scheduler(),
        auth,
        listener,
        shared.web(),
        shared.publicRpc());
  }
}
