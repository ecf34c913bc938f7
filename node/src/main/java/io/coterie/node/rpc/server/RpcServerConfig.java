package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.tls.RpcTlsConfig;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where and how the RPC server listens. Port 0 binds an ephemeral port (read it back from {@link
 * RpcServer#httpPort()}). {@code hostAllowlist} holds host names accepted in the Host header ("*"
 * accepts any); {@code corsOrigins} the browser origins allowed ("*" any; empty: no browser
 * access). {@code maxBodyBytes} is {@code --rpc-http-max-request-content-length}, {@code
 * maxBatchSize} {@code --rpc-http-max-batch-size}, {@code maxConnections} the HTTP listener's
 * {@code --rpc-http-max-active-connections}, {@code workerThreads} the threads that run calls;
 * {@code limits} holds the rest of what one client may take. {@code auth} and {@code tls} are off
 * by default (the devnet's setting); so is {@code web}, the trace site's own listener.
 */
public record RpcServerConfig(
    boolean httpEnabled,
    String httpHost,
    int httpPort,
    boolean wsEnabled,
    String wsHost,
    int wsPort,
    int maxBodyBytes,
    int maxBatchSize,
    List<String> hostAllowlist,
    List<String> corsOrigins,
    int maxConnections,
    int ioThreads,
    int workerThreads,
    RpcLimits limits,
    RpcAuthConfig auth,
    RpcTlsConfig tls,
    WebConfig web) {

  public static final int DEFAULT_HTTP_PORT = 8545;
  public static final int DEFAULT_WS_PORT = 8546;
  public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

  public RpcServerConfig {
    hostAllowlist = List.copyOf(hostAllowlist);
    corsOrigins = List.copyOf(corsOrigins);
    requirePort("httpPort", httpPort);
    requirePort("wsPort", wsPort);
    requirePositive("maxBodyBytes", maxBodyBytes);
    requirePositive("maxBatchSize", maxBatchSize);
    requirePositive("maxConnections", maxConnections);
    requirePositive("ioThreads", ioThreads);
    requirePositive("workerThreads", workerThreads);
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(web, "web");
  }

  /** 127.0.0.1:8545 (HTTP) and :8546 (WS), 5 MiB bodies, batches of 1024, localhost only. */
  public static RpcServerConfig defaults() {
    return new RpcServerConfig(
        true,
        "127.0.0.1",
        DEFAULT_HTTP_PORT,
        true,
        "127.0.0.1",
        DEFAULT_WS_PORT,
        DEFAULT_MAX_BODY_BYTES,
        JsonRpcProcessor.DEFAULT_MAX_BATCH_SIZE,
        List.of("localhost", "127.0.0.1"),
        List.of(),
        RpcLimits.DEFAULT_MAX_CONNECTIONS,
        1,
        2,
        RpcLimits.defaults(),
        RpcAuthConfig.off(),
        RpcTlsConfig.off(),
        WebConfig.off());
  }

  public RpcServerConfig withHttp(boolean enabled, String host, int port) {
    return copy(
        c -> {
          c.httpEnabled = enabled;
          c.httpHost = host;
          c.httpPort = port;
        });
  }

  public RpcServerConfig withWs(boolean enabled, String host, int port) {
    return copy(
        c -> {
          c.wsEnabled = enabled;
          c.wsHost = host;
          c.wsPort = port;
        });
  }

  public RpcServerConfig withLimits(int bodyBytes, int batchSize, int connections) {
    return copy(
        c -> {
          c.maxBodyBytes = bodyBytes;
          c.maxBatchSize = batchSize;
          c.maxConnections = connections;
        });
  }

  public RpcServerConfig withHostAllowlist(List<String> hosts) {
    return copy(c -> c.hostAllowlist = hosts);
  }

  public RpcServerConfig withCorsOrigins(List<String> origins) {
    return copy(c -> c.corsOrigins = origins);
  }

  public RpcServerConfig withRpcLimits(RpcLimits value) {
    return copy(c -> c.limits = value);
  }

  /**
   * Authentication of both listeners ({@code --rpc-http-authentication-*}, {@code
   * --rpc-ws-authentication-*}).
   */
  public RpcServerConfig withAuth(RpcAuthConfig value) {
    return copy(c -> c.auth = value);
  }

  /** TLS of both listeners ({@code --rpc-http-tls-*}, {@code --rpc-ws-ssl-*}). */
  public RpcServerConfig withTls(RpcTlsConfig value) {
    return copy(c -> c.tls = value);
  }

  /** The trace site's own listener and public URL ({@code --web-*}). */
  public RpcServerConfig withWeb(WebConfig value) {
    return copy(c -> c.web = value);
  }

  /** This config with the fields {@code change} sets; the record's checks run on the result. */
  private RpcServerConfig copy(Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new RpcServerConfig(
        f.httpEnabled,
        f.httpHost,
        f.httpPort,
        f.wsEnabled,
        f.wsHost,
        f.wsPort,
        f.maxBodyBytes,
        f.maxBatchSize,
        f.hostAllowlist,
        f.corsOrigins,
        f.maxConnections,
        ioThreads,
        workerThreads,
        f.limits,
        f.auth,
        f.tls,
        f.web);
  }

  /** The changeable fields of a config, for {@link #copy}. */
  private static final class Fields {
    boolean httpEnabled;
    String httpHost;
    int httpPort;
    boolean wsEnabled;
    String wsHost;
    int wsPort;
    int maxBodyBytes;
    int maxBatchSize;
    List<String> hostAllowlist;
    List<String> corsOrigins;
    int maxConnections;
    RpcLimits limits;
    RpcAuthConfig auth;
    RpcTlsConfig tls;
    WebConfig web;

    Fields(RpcServerConfig from) {
      httpEnabled = from.httpEnabled;
      httpHost = from.httpHost;
      httpPort = from.httpPort;
      wsEnabled = from.wsEnabled;
      wsHost = from.wsHost;
      wsPort = from.wsPort;
      maxBodyBytes = from.maxBodyBytes;
      maxBatchSize = from.maxBatchSize;
      hostAllowlist = from.hostAllowlist;
      corsOrigins = from.corsOrigins;
      maxConnections = from.maxConnections;
      limits = from.limits;
      auth = from.auth;
      tls = from.tls;
      web = from.web;
    }
  }

  private static void requirePort(String name, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(name + " must be 0 (ephemeral) to 65535, got " + port);
    }
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
