package io.coterie.node.support;

import io.coterie.node.rpc.server.RpcLimits;
import java.time.Duration;

/** {@link RpcLimits} with the defaults except what a test sets. */
public final class RpcLimitsBuilder {
  private int wsMaxActiveConnections = RpcLimits.defaults().wsMaxActiveConnections();
  private int maxConnectionsPerIp = RpcLimits.defaults().maxConnectionsPerIp();
  private Duration httpHeaderTimeout = RpcLimits.defaults().httpHeaderTimeout();
  private Duration httpReadTimeout = RpcLimits.defaults().httpReadTimeout();
  private Duration httpIdleTimeout = RpcLimits.defaults().httpIdleTimeout();
  private int wsMaxFrameSize = RpcLimits.defaults().wsMaxFrameSize();
  private int maxResponseBytes = RpcLimits.defaults().maxResponseBytes();
  private Duration requestTimeout = RpcLimits.defaults().requestTimeout();
  private int maxQueuedRequestsPerIp = RpcLimits.defaults().maxQueuedRequestsPerIp();
  private int maxQueuedRequests = RpcLimits.defaults().maxQueuedRequests();
  private long gasCap = RpcLimits.defaults().gasCap();
  private long maxLogsRange = RpcLimits.defaults().maxLogsRange();
  private int maxActiveFilters = RpcLimits.defaults().maxActiveFilters();
  private int maxFiltersPerIp = RpcLimits.defaults().maxFiltersPerIp();
  private Duration filterTimeout = RpcLimits.defaults().filterTimeout();
  private int wsMaxActiveSubscriptions = RpcLimits.defaults().wsMaxActiveSubscriptions();
  private int wsMaxSubscriptionsPerConnection =
      RpcLimits.defaults().wsMaxSubscriptionsPerConnection();

  public RpcLimitsBuilder wsMaxActiveConnections(int value) {
    wsMaxActiveConnections = value;
    return this;
  }

  public RpcLimitsBuilder maxConnectionsPerIp(int value) {
    maxConnectionsPerIp = value;
    return this;
  }

  public RpcLimitsBuilder httpHeaderTimeout(Duration value) {
    httpHeaderTimeout = value;
    return this;
  }

  public RpcLimitsBuilder httpReadTimeout(Duration value) {
    httpReadTimeout = value;
    return this;
  }

  public RpcLimitsBuilder httpIdleTimeout(Duration value) {
    httpIdleTimeout = value;
    return this;
  }

  public RpcLimitsBuilder wsMaxFrameSize(int value) {
    wsMaxFrameSize = value;
    return this;
  }

  public RpcLimitsBuilder maxResponseBytes(int value) {
    maxResponseBytes = value;
    return this;
  }

  public RpcLimitsBuilder requestTimeout(Duration value) {
    requestTimeout = value;
    return this;
  }

  public RpcLimitsBuilder maxQueuedRequestsPerIp(int value) {
    maxQueuedRequestsPerIp = value;
    return this;
  }

  public RpcLimitsBuilder maxQueuedRequests(int value) {
    maxQueuedRequests = value;
    return this;
  }

  public RpcLimitsBuilder gasCap(long value) {
    gasCap = value;
    return this;
  }

  public RpcLimitsBuilder maxLogsRange(long value) {
    maxLogsRange = value;
    return this;
  }

  public RpcLimitsBuilder maxActiveFilters(int value) {
    maxActiveFilters = value;
    return this;
  }

  public RpcLimitsBuilder maxFiltersPerIp(int value) {
    maxFiltersPerIp = value;
    return this;
  }

  public RpcLimitsBuilder filterTimeout(Duration value) {
    filterTimeout = value;
    return this;
  }

  public RpcLimitsBuilder wsMaxActiveSubscriptions(int value) {
    wsMaxActiveSubscriptions = value;
    return this;
  }

  public RpcLimitsBuilder wsMaxSubscriptionsPerConnection(int value) {
    wsMaxSubscriptionsPerConnection = value;
    return this;
  }

  public RpcLimits build() {
    return new RpcLimits(
        wsMaxActiveConnections,
        maxConnectionsPerIp,
        httpHeaderTimeout,
        httpReadTimeout,
        httpIdleTimeout,
        wsMaxFrameSize,
        maxResponseBytes,
        requestTimeout,
        maxQueuedRequestsPerIp,
        maxQueuedRequests,
        gasCap,
        maxLogsRange,
        maxActiveFilters,
        maxFiltersPerIp,
        filterTimeout,
        wsMaxActiveSubscriptions,
        wsMaxSubscriptionsPerConnection);
  }
}
