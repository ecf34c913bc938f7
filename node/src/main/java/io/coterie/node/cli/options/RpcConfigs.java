package io.coterie.node.cli.options;

import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.rpc.tls.RpcTlsConfig;

/** Combines the HTTP and WebSocket option groups into the server's config. */
public final class RpcConfigs {
  private RpcConfigs() {}

  /** Without authentication or TLS: the devnet's server. */
  public static RpcServerConfig server(
      RpcHttpOptions.RpcHttpConfig http, RpcWsOptions.RpcWsConfig ws) {
    return server(http, ws, RpcAuthConfig.off(), RpcTlsConfig.off());
  }

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
}
