package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.RpcAccess;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.tls.ServerTls;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC listeners: HTTP POST on one port and WebSocket on another, each optionally behind
 * TLS and token authentication (a port serves only its own transport, see {@link TransportRules}).
 * Sockets are served by a small netty event loop (epoll when available) and calls run on the {@link
 * FairScheduler}'s workers, shared fairly between remote addresses, so a slow method never stalls
 * I/O and a greedy client never starves the others. Connections are bounded per listener and per
 * address, and slow requests are cut off ({@link HttpDeadlines}). {@link #close()} stops all and
 * waits.
 */
public final class RpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);

  private final EventLoopGroup bossGroup;
  private final EventLoopGroup ioGroup;
  private final EventExecutorGroup rpcExecutors;
  private final FairScheduler scheduler;
  private final ChannelGroup connections;
  private final Channel httpChannel;
  private final Channel wsChannel;
  private final Channel webChannel;

  private RpcServer(
      EventLoopGroup bossGroup,
      EventLoopGroup ioGroup,
      EventExecutorGroup rpcExecutors,
      FairScheduler scheduler,
      ChannelGroup connections,
      Channel httpChannel,
      Channel wsChannel,
      Channel webChannel) {
    this.webChannel = webChannel;
    this.scheduler = scheduler;
    this.connections = connections;
    this.bossGroup = bossGroup;
    this.ioGroup = ioGroup;
    this.rpcExecutors = rpcExecutors;
    this.httpChannel = httpChannel;
    this.wsChannel = wsChannel;
  }

  /**
   * Binds the enabled listeners and returns the running server.
   *
   * @throws java.io.UncheckedIOException when a port cannot be bound (in use, or host not local)
   */
  public static RpcServer start(RpcServerConfig config, MethodLookup methods, SubscriptionHub hub) {
    return start(config, methods, methods, hub);
  }

  /**
   * As {@link #start(RpcServerConfig, MethodLookup, SubscriptionHub)}, with a different method set
   * per port ({@code --rpc-http-api} and {@code --rpc-ws-api}).
   */
  public static RpcServer start(
      RpcServerConfig config,
      MethodLookup httpMethods,
      MethodLookup wsMethods,
      SubscriptionHub hub) {
    return start(config, httpMethods, wsMethods, hub, RpcAccess.of(config.auth()));
  }

  /**
   * As above, with the listeners' authentication built by the caller (over the chain's roles, so
   * that address logins work).
   */
  public static RpcServer start(
      RpcServerConfig config,
      MethodLookup httpMethods,
      MethodLookup wsMethods,
      SubscriptionHub hub,
      RpcAccess access) {
    return start(config, httpMethods, wsMethods, hub, access, WebRoutes.NONE);
  }

  /**
   * As above, with the trace site served on the HTTP port's GET routes and, when {@code
   * config.web()} enables it, on a listener of its own.
   */
  public static RpcServer start(
      RpcServerConfig config,
      MethodLookup httpMethods,
      MethodLookup wsMethods,
      SubscriptionHub hub,
      RpcAccess access,
      WebRoutes web) {
    return start(config, httpMethods, wsMethods, hub, access, web, PublicRpcRoute.NONE);
  }

  /**
   * As above, with {@code publicRpc} (the member page's {@code POST /member/rpc}) answered without
   * a token on the web listener and the HTTP port, with its own methods only.
   */
  public static RpcServer start(
      RpcServerConfig config,
      MethodLookup httpMethods,
      MethodLookup wsMethods,
      SubscriptionHub hub,
      RpcAccess access,
      WebRoutes web,
      PublicRpcRoute publicRpc) {
    Optional<SslContext> httpTls = ServerTls.context(config.tls().http());
    Optional<SslContext> wsTls = ServerTls.context(config.tls().ws());
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory ioHandlers = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    Class<? extends ServerChannel> channelType =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    EventLoopGroup boss =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("rpc-accept", true), ioHandlers);
    EventLoopGroup io =
        new MultiThreadIoEventLoopGroup(
            config.ioThreads(), new DefaultThreadFactory("rpc-io", true), ioHandlers);
    EventExecutorGroup workers =
        new DefaultEventExecutorGroup(
            config.workerThreads(), new DefaultThreadFactory("rpc-handler", true));
    RpcLimits limits = config.limits();
    FairScheduler scheduler =
        new FairScheduler(
            config.workerThreads(), limits.maxQueuedRequestsPerIp(), limits.maxQueuedRequests());
    AddressConnections perAddress = new AddressConnections(limits.maxConnectionsPerIp());
    JsonRpcProcessor processor =
        new JsonRpcProcessor(JsonRpcProcessor.defaultMapper(), config.maxBatchSize());
    RequestGuard guard = new RequestGuard(config.hostAllowlist(), config.corsOrigins());
    ChannelGroup connections = new DefaultChannelGroup("rpc", GlobalEventExecutor.INSTANCE);
    RpcListenerBinder binder =
        new RpcListenerBinder(
            new RpcListenerBinder.Shared(
                boss,
                io,
                channelType,
                config,
                connections,
                perAddress,
                processor,
                hub,
                guard,
                workers,
                scheduler,
                web,
                publicRpc));
    try {
      Channel http =
          config.httpEnabled()
              ? binder.bind(
                  Listener.HTTP,
                  "HTTP",
                  config.httpHost(),
                  config.httpPort(),
                  config.maxConnections(),
                  httpMethods,
                  access.http(),
                  httpTls)
              : null;
      Channel ws =
          config.wsEnabled()
              ? binder.bind(
                  Listener.WEBSOCKET,
                  "WebSocket",
                  config.wsHost(),
                  config.wsPort(),
                  limits.wsMaxActiveConnections(),
                  wsMethods,
                  access.ws(),
                  wsTls)
              : null;
      Channel site =
          config.web().enabled()
              ? binder.bind(
                  Listener.WEB,
                  "web",
                  config.web().host(),
                  config.web().port(),
                  config.maxConnections(),
                  httpMethods,
                  access.http(),
                  Optional.empty())
              : null;
      RpcServer server = new RpcServer(boss, io, workers, scheduler, connections, http, ws, site);
      LOG.info(
          "RPC server started http={} ws={} web={} transport={} httpNamespaces={} wsNamespaces={}"
              + " httpAuth={} wsAuth={} httpTls={} wsTls={}",
          http == null ? "off" : http.localAddress(),
          ws == null ? "off" : ws.localAddress(),
          site == null ? "off" : site.localAddress(),
          epoll ? "epoll" : "nio",
          httpMethods.enabledNamespaces(),
          wsMethods.enabledNamespaces(),
          access.http().enabled() ? "on" : "off",
          access.ws().enabled() ? "on" : "off",
          httpTls.isPresent() ? "on" : "off",
          wsTls.isPresent() ? "on" : "off");
      return server;
    } catch (RuntimeException e) {
      shutdown(boss, io, workers);
      scheduler.close();
      throw e;
    }
  }

  /** The bound listeners for a log line, e.g. {@code http=8545 ws=off}. */
  public String describeListeners() {
    return "http="
        + (httpChannel == null ? "off" : httpPort())
        + " ws="
        + (wsChannel == null ? "off" : wsPort());
  }

  /** The bound HTTP port (the real one when configured as 0). */
  public int httpPort() {
    if (httpChannel == null) {
      throw new IllegalStateException("the HTTP listener is disabled");
    }
    return ((InetSocketAddress) httpChannel.localAddress()).getPort();
  }

  /** The bound WebSocket port (the real one when configured as 0). */
  public int wsPort() {
    if (wsChannel == null) {
      throw new IllegalStateException("the WebSocket listener is disabled");
    }
    return ((InetSocketAddress) wsChannel.localAddress()).getPort();
  }

  /** The bound port of the trace site's own listener (the real one when configured as 0). */
  public int webPort() {
    if (webChannel == null) {
      throw new IllegalStateException("the web listener is disabled (--web-enabled)");
    }
    return ((InetSocketAddress) webChannel.localAddress()).getPort();
  }

  @Override
  public void close() {
    if (webChannel != null) {
      webChannel.close().syncUninterruptibly();
    }
    if (httpChannel != null) {
      httpChannel.close().syncUninterruptibly();
    }
    if (wsChannel != null) {
      wsChannel.close().syncUninterruptibly();
    }
    connections.close().awaitUninterruptibly();
    scheduler.close();
    shutdown(bossGroup, ioGroup, rpcExecutors);
    LOG.info("RPC server stopped");
  }

  /**
   * Stops all groups together: a closing connection's pipeline teardown hops between the I/O loop
   * and the worker group, so neither may terminate while the other still has teardown tasks (the
   * short quiet period lets them drain).
   */
  private static void shutdown(EventLoopGroup boss, EventLoopGroup io, EventExecutorGroup workers) {
    List<Future<?>> terminations =
        List.of(
            boss.shutdownGracefully(20, 2_000, TimeUnit.MILLISECONDS),
            io.shutdownGracefully(20, 2_000, TimeUnit.MILLISECONDS),
            workers.shutdownGracefully(20, 2_000, TimeUnit.MILLISECONDS));
    terminations.forEach(Future::syncUninterruptibly);
  }
}
