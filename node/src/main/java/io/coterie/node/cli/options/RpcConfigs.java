package io.coterie.node.cli.options;

import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.rpc.tls.RpcTlsConfig;

/**
 * Combines the HTTP, WebSocket, limit, authentication and TLS option groups into the server's
 * config.
 */
public final class RpcConfigs {
  private RpcConfigs() {}

  /** Without authentication or TLS and with the limits' defaults. */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http, RpcWsOptions.RpcWsConfig ws) {
    return server(http, ws, RpcAuthConfig.off(), RpcTlsConfig.off());
  }

  /**
   * Without authentication or TLS: the devnet's server, with the limits of {@link RpcLimitOptions}.
   */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http, RpcWsOptions.RpcWsConfig ws, RpcLimitOptions limits) {
    return limits.applyTo(server(http, ws));
  }

  /** With the limits' defaults. */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http,
      RpcWsOptions.RpcWsConfig ws,
      RpcAuthConfig auth,
      RpcTlsConfig tls) {
    return RpcServerConfig.defaults()
        .withAuth(auth)
        .withTls(tls)
        .withHttp(http.enabled(), http.host(), http.port())
        .withWs(ws.enabled(), ws.host(), ws.port())
        .withHostAllowlist(http.hostAllowlist())
        .withCorsOrigins(http.corsOrigins());
  }

  /** Everything the options say. */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http,
      RpcWsOptions.RpcWsConfig ws,
      RpcLimitOptions limits,
      RpcAuthConfig auth,
      RpcTlsConfig tls) {
    return limits.applyTo(server(http, ws, auth, tls));
  }
}
