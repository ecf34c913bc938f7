package io.coterie.node.cli.options;

import io.coterie.node.rpc.server.RpcServerConfig;

/** Combines the HTTP, WebSocket and limit option groups into the server's config. */
public final class RpcConfigs {
  private RpcConfigs() {}

  /** As below, with the limits' defaults. */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http, RpcWsOptions.RpcWsConfig ws) {
    return RpcServerConfig.defaults()
        .withHttp(http.enabled(), http.host(), http.port())
        .withWs(ws.enabled(), ws.host(), ws.port())
        .withHostAllowlist(http.hostAllowlist())
        .withCorsOrigins(http.corsOrigins());
  }

  /** With the limits of {@link RpcLimitOptions}. */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http, RpcWsOptions.RpcWsConfig ws, RpcLimitOptions limits) {
    return limits.applyTo(server(http, ws));
  }
}
