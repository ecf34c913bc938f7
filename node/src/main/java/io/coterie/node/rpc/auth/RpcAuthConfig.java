package io.coterie.node.rpc.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Authentication of both RPC listeners, the lifetime of the tokens they issue (Besu's five minutes
 * by default) and the role permission table that address logins follow.
 */
public record RpcAuthConfig(
    EndpointAuthConfig http,
    EndpointAuthConfig ws,
    Duration tokenLifetime,
    RolePermissionTable rolePermissions) {
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(5);

  public RpcAuthConfig {
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(ws, "ws");
    Objects.requireNonNull(rolePermissions, "rolePermissions");
    if (tokenLifetime.isZero() || tokenLifetime.isNegative()) {
      throw new IllegalArgumentException(
          "--rpc-authentication-token-lifetime must be positive, e.g. 5m, got " + tokenLifetime);
    }
  }

  /** Anyone who reaches a port may call what it serves: the devnet's setting. */
  public static RpcAuthConfig off() {
    return new RpcAuthConfig(
        EndpointAuthConfig.off(),
        EndpointAuthConfig.off(),
        DEFAULT_TOKEN_LIFETIME,
        RolePermissionTable.defaults());
  }

  public RpcAuthConfig withHttp(EndpointAuthConfig value) {
    return new RpcAuthConfig(value, ws, tokenLifetime, rolePermissions);
  }

  public RpcAuthConfig withWs(EndpointAuthConfig value) {
    return new RpcAuthConfig(http, value, tokenLifetime, rolePermissions);
  }
}
