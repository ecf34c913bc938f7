package io.coterie.node.rpc.server;

import java.util.List;

/**
 * Where and how the RPC server listens. Port 0 binds an ephemeral port (read it back from {@link
 * RpcServer#httpPort()}). {@code hostAllowlist} holds host names accepted in the Host header ("*"
 * accepts any); {@code corsOrigins} the browser origins allowed ("*" any; empty: no browser
 * access). {@code maxBodyBytes} is {@code --rpc-http-max-request-content-length}, {@code
 * maxBatchSize} {@code --rpc-http-max-batch-size}, {@code maxConnections} the HTTP listener's
 * {@code --rpc-http-max-active-connections}, {@code workerThreads} the threads that run calls;
 * {@code limits} holds the rest of what one client may take.
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
    RpcLimits limits) {

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
    java.util.Objects.requireNonNull(limits, "limits");
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
        RpcLimits.defaults());
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
        limits);
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
        limits);
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
        limits);
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
        limits);
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
        limits);
  }

  public RpcServerConfig withRpcLimits(RpcLimits newLimits) {
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
        newLimits);
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
