package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.tls.RpcTlsConfig;
import java.util.List;
import java.util.Objects;

/**
 * Where and how the RPC server listens. Port 0 binds an ephemeral port (read it back from {@link
 * RpcServer#httpPort()}). {@code hostAllowlist} holds host names accepted in the Host header ("*"
 * accepts any); {@code corsOrigins} the browser origins allowed ("*" any; empty: no browser
 * access). {@code auth} and {@code tls} are off by default (the devnet's setting).
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
    RpcAuthConfig auth,
    RpcTlsConfig tls) {

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
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(tls, "tls");
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
        256,
        1,
        2,
        RpcAuthConfig.off(),
        RpcTlsConfig.off());
  }

  public RpcServerConfig withHttp(boolean enabled, String host, int port) {
    return new RpcServerConfig(
        enabled,
        host,
        port,
        wsEnabled,
        wsHost,
        wsPort,
        maxBodyBytes,
        maxBatchSize,
        hostAllowlist,
        corsOrigins,
        maxConnections,
        ioThreads,
        workerThreads,
        auth,
        tls);
  }

  public RpcServerConfig withWs(boolean enabled, String host, int port) {
    return new RpcServerConfig(
        httpEnabled,
        httpHost,
        httpPort,
        enabled,
        host,
        port,
        maxBodyBytes,
        maxBatchSize,
        hostAllowlist,
        corsOrigins,
        maxConnections,
        ioThreads,
        workerThreads,
        auth,
        tls);
  }

  public RpcServerConfig withLimits(int maxBodyBytes, int maxBatchSize, int maxConnections) {
    return new RpcServerConfig(
        httpEnabled,
        httpHost,
        httpPort,
        wsEnabled,
        wsHost,
        wsPort,
        maxBodyBytes,
        maxBatchSize,
        hostAllowlist,
        corsOrigins,
        maxConnections,
        ioThreads,
        workerThreads,
        auth,
        tls);
  }

  public RpcServerConfig withHostAllowlist(List<String> hosts) {
    return new RpcServerConfig(
        httpEnabled,
        httpHost,
        httpPort,
        wsEnabled,
        wsHost,
        wsPort,
        maxBodyBytes,
        maxBatchSize,
        hosts,
        corsOrigins,
        maxConnections,
        ioThreads,
        workerThreads,
        auth,
        tls);
  }

  public RpcServerConfig withCorsOrigins(List<String> origins) {
    return new RpcServerConfig(
        httpEnabled,
        httpHost,
        httpPort,
        wsEnabled,
        wsHost,
        wsPort,
        maxBodyBytes,
        maxBatchSize,
        hostAllowlist,
        origins,
        maxConnections,
        ioThreads,
        workerThreads,
        auth,
        tls);
  }

  /**
   * Authentication of both listeners ({@code --rpc-http-authentication-*}, {@code
   * --rpc-ws-authentication-*}).
   */
  public RpcServerConfig withAuth(RpcAuthConfig value) {
    return new RpcServerConfig(
        httpEnabled,
        httpHost,
        httpPort,
        wsEnabled,
        wsHost,
        wsPort,
        maxBodyBytes,
        maxBatchSize,
        hostAllowlist,
        corsOrigins,
        maxConnections,
        ioThreads,
        workerThreads,
        value,
        tls);
  }

  /** TLS of both listeners ({@code --rpc-http-tls-*}, {@code --rpc-ws-ssl-*}). */
  public RpcServerConfig withTls(RpcTlsConfig value) {
    return new RpcServerConfig(
        httpEnabled,
        httpHost,
        httpPort,
        wsEnabled,
        wsHost,
        wsPort,
        maxBodyBytes,
        maxBatchSize,
        hostAllowlist,
        corsOrigins,
        maxConnections,
        ioThreads,
        workerThreads,
        auth,
        value);
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
