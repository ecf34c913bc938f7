package io.coterie.node.rpc.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may take of the RPC server, so that no slow, greedy or hostile one starves the
 * others. The body, batch and HTTP connection limits stay in {@link RpcServerConfig}; the CLI
 * option of each field is named beside it (Besu's name where Besu has the setting).
 *
 * @param wsMaxActiveConnections connections to the WebSocket listener ({@code
 *     --rpc-ws-max-active-connections}); the HTTP listener's is {@link
 *     RpcServerConfig#maxConnections()}
 * @param maxConnectionsPerIp connections from one remote address, both listeners together ({@code
 *     --rpc-max-connections-per-ip})
 * @param httpHeaderTimeout from a request's first byte (or a new connection) to the end of its
 *     headers ({@code --rpc-http-header-timeout})
 * @param httpReadTimeout from a request's first byte to the end of its body ({@code
 *     --rpc-http-read-timeout})
 * @param httpIdleTimeout a keep-alive connection waiting for its next request ({@code
 *     --rpc-http-idle-timeout})
 * @param wsMaxFrameSize the largest WebSocket message ({@code --rpc-ws-max-frame-size})
 * @param maxResponseBytes the largest response body ({@code --rpc-max-response-size})
 * @param requestTimeout a body's time from arrival to answer, batch included ({@code
 *     --rpc-request-timeout})
 * @param maxQueuedRequestsPerIp bodies of one remote address queued or running ({@code
 *     --rpc-max-queued-requests-per-ip})
 * @param maxQueuedRequests bodies queued or running in all ({@code --rpc-max-queued-requests})
 * @param gasCap the most gas an {@code eth_call} or {@code eth_estimateGas} may use, 0 for the
 *     block gas limit only ({@code --rpc-gas-cap})
 * @param maxLogsRange blocks one {@code eth_getLogs} or log filter may span ({@code
 *     --rpc-max-logs-range})
 * @param maxActiveFilters polling filters installed in all ({@code --rpc-max-active-filters})
 * @param maxFiltersPerIp polling filters of one remote address ({@code --rpc-max-filters-per-ip})
 * @param filterTimeout a filter not polled this long is removed ({@code
 *     --rpc-filter-timeout-seconds})
 * @param wsMaxActiveSubscriptions subscriptions in all ({@code --rpc-ws-max-active-subscriptions})
 * @param wsMaxSubscriptionsPerConnection subscriptions of one WebSocket ({@code
 *     --rpc-ws-max-subscriptions-per-connection})
 */
public record RpcLimits(
    int wsMaxActiveConnections,
    int maxConnectionsPerIp,
    Duration httpHeaderTimeout,
    Duration httpReadTimeout,
    Duration httpIdleTimeout,
    int wsMaxFrameSize,
    int maxResponseBytes,
    Duration requestTimeout,
    int maxQueuedRequestsPerIp,
    int maxQueuedRequests,
    long gasCap,
    long maxLogsRange,
    int maxActiveFilters,
    int maxFiltersPerIp,
    Duration filterTimeout,
    int wsMaxActiveSubscriptions,
    int wsMaxSubscriptionsPerConnection) {

  public static final int DEFAULT_MAX_CONNECTIONS = 256;
  public static final int DEFAULT_MAX_CONNECTIONS_PER_IP = 32;
  public static final Duration DEFAULT_HTTP_HEADER_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_HTTP_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_HTTP_IDLE_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_WS_MAX_FRAME_SIZE = 1 << 20;
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 10 << 20;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_QUEUED_REQUESTS_PER_IP = 64;
  public static final int DEFAULT_MAX_QUEUED_REQUESTS = 256;
  public static final long DEFAULT_GAS_CAP = 50_000_000;
  public static final long DEFAULT_MAX_LOGS_RANGE = 5_000;
  public static final int DEFAULT_MAX_ACTIVE_FILTERS = 1_000;
  public static final int DEFAULT_MAX_FILTERS_PER_IP = 100;
  public static final Duration DEFAULT_FILTER_TIMEOUT = Duration.ofMinutes(5);
  public static final int DEFAULT_WS_MAX_ACTIVE_SUBSCRIPTIONS = 100_000;
  public static final int DEFAULT_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;

  /** Each problem names the CLI option of the field, which is where users set it. */
  public RpcLimits {
    positive("--rpc-ws-max-active-connections", wsMaxActiveConnections);
    positive("--rpc-max-connections-per-ip", maxConnectionsPerIp);
    positive("--rpc-http-header-timeout", httpHeaderTimeout);
    positive("--rpc-http-read-timeout", httpReadTimeout);
    positive("--rpc-http-idle-timeout", httpIdleTimeout);
    positive("--rpc-ws-max-frame-size", wsMaxFrameSize);
    positive("--rpc-max-response-size", maxResponseBytes);
    positive("--rpc-request-timeout", requestTimeout);
    positive("--rpc-max-queued-requests-per-ip", maxQueuedRequestsPerIp);
    positive("--rpc-max-queued-requests", maxQueuedRequests);
    if (gasCap < 0) {
      throw new IllegalArgumentException(
          "--rpc-gas-cap must be 0 (the block gas limit only) or more, got " + gasCap);
    }
    positive("--rpc-max-logs-range", maxLogsRange);
    positive("--rpc-max-active-filters", maxActiveFilters);
    positive("--rpc-max-filters-per-ip", maxFiltersPerIp);
    positive("--rpc-filter-timeout-seconds", filterTimeout);
    positive("--rpc-ws-max-active-subscriptions", wsMaxActiveSubscriptions);
    positive("--rpc-ws-max-subscriptions-per-connection", wsMaxSubscriptionsPerConnection);
  }

  public static RpcLimits defaults() {
    return new RpcLimits(
        DEFAULT_MAX_CONNECTIONS,
        DEFAULT_MAX_CONNECTIONS_PER_IP,
        DEFAULT_HTTP_HEADER_TIMEOUT,
        DEFAULT_HTTP_READ_TIMEOUT,
        DEFAULT_HTTP_IDLE_TIMEOUT,
        DEFAULT_WS_MAX_FRAME_SIZE,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_MAX_QUEUED_REQUESTS_PER_IP,
        DEFAULT_MAX_QUEUED_REQUESTS,
        DEFAULT_GAS_CAP,
        DEFAULT_MAX_LOGS_RANGE,
        DEFAULT_MAX_ACTIVE_FILTERS,
        DEFAULT_MAX_FILTERS_PER_IP,
        DEFAULT_FILTER_TIMEOUT,
        DEFAULT_WS_MAX_ACTIVE_SUBSCRIPTIONS,
        DEFAULT_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
