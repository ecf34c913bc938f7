package io.coterie.node.cli.options;

import io.coterie.node.rpc.server.RpcLimits;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * What one client may take of the JSON-RPC endpoints: connections, slow requests, sizes, time,
 * queued work, gas, log ranges, filters and subscriptions. Besu's option names where Besu has the
 * setting. {@link RpcConfigs} puts them into the server's config.
 */
public final class RpcLimitOptions {
  @Option(
      names = "--rpc-http-max-active-connections",
      paramLabel = "<COUNT>",
      defaultValue = "256",
      description =
          "Connections the HTTP listener holds at once; more are refused with 503 (default: ${DEFAULT-VALUE}).")
  int httpMaxActiveConnections;

  @Option(
      names = "--rpc-ws-max-active-connections",
      paramLabel = "<COUNT>",
      defaultValue = "256",
      description = "Connections the WebSocket listener holds at once (default: ${DEFAULT-VALUE}).")
  int wsMaxActiveConnections;

  @Option(
      names = "--rpc-max-connections-per-ip",
      paramLabel = "<COUNT>",
      defaultValue = "32",
      description =
          "Connections from one remote address, both listeners together; more are refused with 429 (default: ${DEFAULT-VALUE}).")
  int maxConnectionsPerIp;

  @Option(
      names = "--rpc-http-header-timeout",
      paramLabel = "<DURATION>",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description =
          "Time from a request's first byte (or a new connection) to the end of its headers; a slower one gets 408 and is closed (default: ${DEFAULT-VALUE}).")
  Duration httpHeaderTimeout;

  @Option(
      names = "--rpc-http-read-timeout",
      paramLabel = "<DURATION>",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "Time from a request's first byte to the end of its body (default: ${DEFAULT-VALUE}).")
  Duration httpReadTimeout;

  @Option(
      names = "--rpc-http-idle-timeout",
      paramLabel = "<DURATION>",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description =
          "How long a keep-alive connection may wait for its next request (default: ${DEFAULT-VALUE}).")
  Duration httpIdleTimeout;

  @Option(
      names = "--rpc-http-max-request-content-length",
      paramLabel = "<BYTES>",
      defaultValue = "5242880",
      description = "Largest request body; a bigger one gets 413 (default: ${DEFAULT-VALUE}).")
  int maxRequestContentLength;

  @Option(
      names = "--rpc-http-max-batch-size",
      paramLabel = "<COUNT>",
      defaultValue = "1024",
      description =
          "Most requests in one batch, over HTTP and WebSocket (default: ${DEFAULT-VALUE}).")
  int maxBatchSize;

  @Option(
      names = "--rpc-ws-max-frame-size",
      paramLabel = "<BYTES>",
      defaultValue = "1048576",
      description =
          "Largest WebSocket message; a bigger one closes the connection with 1009 (default: ${DEFAULT-VALUE}).")
  int wsMaxFrameSize;

  @Option(
      names = "--rpc-max-response-size",
      paramLabel = "<BYTES>",
      defaultValue = "10485760",
      description =
          "Largest response; a bigger one becomes a -32005 error saying to ask for less (default: ${DEFAULT-VALUE}).")
  int maxResponseSize;

  @Option(
      names = "--rpc-request-timeout",
      paramLabel = "<DURATION>",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description =
          "Time from a request's arrival to its answer, a whole batch included; work still to do then answers -32005 \"request timed out\" (default: ${DEFAULT-VALUE}).")
  Duration requestTimeout;

  @Option(
      names = "--rpc-max-queued-requests-per-ip",
      paramLabel = "<COUNT>",
      defaultValue = "64",
      description =
          "Requests of one remote address queued or running; more get 429 / -32005 (default: ${DEFAULT-VALUE}).")
  int maxQueuedRequestsPerIp;

  @Option(
      names = "--rpc-max-queued-requests",
      paramLabel = "<COUNT>",
      defaultValue = "256",
      description = "Requests queued or running in all (default: ${DEFAULT-VALUE}).")
  int maxQueuedRequests;

  @Option(
      names = "--rpc-gas-cap",
      paramLabel = "<GAS>",
      defaultValue = "50000000",
      description =
          "Most gas an eth_call or eth_estimateGas runs with; 0 leaves only the block gas limit (default: ${DEFAULT-VALUE}).")
  long gasCap;

  @Option(
      names = "--rpc-max-logs-range",
      paramLabel = "<BLOCKS>",
      defaultValue = "5000",
      description =
          "Widest block range of one eth_getLogs or log filter (default: ${DEFAULT-VALUE}).")
  long maxLogsRange;

  @Option(
      names = "--rpc-max-active-filters",
      paramLabel = "<COUNT>",
      defaultValue = "1000",
      description = "Polling filters installed in all (default: ${DEFAULT-VALUE}).")
  int maxActiveFilters;

  @Option(
      names = "--rpc-max-filters-per-ip",
      paramLabel = "<COUNT>",
      defaultValue = "100",
      description = "Polling filters of one remote address (default: ${DEFAULT-VALUE}).")
  int maxFiltersPerIp;

  @Option(
      names = "--rpc-filter-timeout-seconds",
      paramLabel = "<SECONDS>",
      defaultValue = "300",
      description = "A filter not polled for this long is removed (default: ${DEFAULT-VALUE}).")
  long filterTimeoutSeconds;

  @Option(
      names = "--rpc-ws-max-active-subscriptions",
      paramLabel = "<COUNT>",
      defaultValue = "100000",
      description = "WebSocket subscriptions in all (default: ${DEFAULT-VALUE}).")
  int wsMaxActiveSubscriptions;

  @Option(
      names = "--rpc-ws-max-subscriptions-per-connection",
      paramLabel = "<COUNT>",
      defaultValue = "100",
      description = "Subscriptions of one WebSocket connection (default: ${DEFAULT-VALUE}).")
  int wsMaxSubscriptionsPerConnection;

  /** The HTTP listener's limits, which {@link RpcServerConfig} holds itself. */
  RpcServerConfig applyTo(RpcServerConfig config) {
    return config
        .withLimits(maxRequestContentLength, maxBatchSize, httpMaxActiveConnections)
        .withRpcLimits(limits());
  }

  public RpcLimits limits() {
    return new RpcLimits(
        wsMaxActiveConnections,
        maxConnectionsPerIp,
        httpHeaderTimeout,
        httpReadTimeout,
        httpIdleTimeout,
        wsMaxFrameSize,
        maxResponseSize,
        requestTimeout,
        maxQueuedRequestsPerIp,
        maxQueuedRequests,
        gasCap,
        maxLogsRange,
        maxActiveFilters,
        maxFiltersPerIp,
        Duration.ofSeconds(filterTimeoutSeconds),
        wsMaxActiveSubscriptions,
        wsMaxSubscriptionsPerConnection);
  }
}
