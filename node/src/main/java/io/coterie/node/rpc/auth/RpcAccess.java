package io.coterie.node.rpc.auth;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The authentication of both listeners, each with its own token key (a token is good at the
 * listener that issued it, as in Besu), built once when the server starts.
 */
public record RpcAccess(EndpointAuth http, EndpointAuth ws) {
  /**
   * @param roles the roles accounts hold at the head; {@link RoleSource#NONE} turns address logins
   *     off
   * @param chainId named in login challenges, so a signature for one chain is no login on another
   */
  public static RpcAccess of(RpcAuthConfig config, RoleSource roles, long chainId, Clock clock) {
    SecureRandom random = new SecureRandom();
    boolean addressLogins = roles != RoleSource.NONE;
    return new RpcAccess(
        new EndpointAuth(
            config.http(),
            config.rolePermissions(),
            roles,
            addressLogins,
            chainId,
            config.tokenLifetime(),
            clock,
            random),
        new EndpointAuth(
            config.ws(),
            config.rolePermissions(),
            roles,
            addressLogins,
            chainId,
            config.tokenLifetime(),
            clock,
            random));
  }

  /** No chain behind the server: tokens and passwords only. */
  public static RpcAccess of(RpcAuthConfig config) {
    return of(config, RoleSource.NONE, 1, Clock.systemUTC());
  }
}
