package io.coterie.node.rpc.auth;

import java.util.List;
import java.util.Objects;

/**
 * One listener's authentication ({@code --rpc-http-authentication-*} or {@code
 * --rpc-ws-authentication-*}): on or off, the credentials-file users that {@code POST /login}
 * accepts, the external issuer's public key, and the methods callers may use without a token
 * ({@code --rpc-http-api-methods-no-auth}). Address logins ({@code coterie_login}) are on whenever
 * authentication is.
 */
public record EndpointAuthConfig(
    boolean enabled, UserCredentials users, JwtPublicKey externalKey, List<String> methodsNoAuth) {
  public EndpointAuthConfig {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(externalKey, "externalKey");
    methodsNoAuth = List.copyOf(methodsNoAuth);
    if (users.present() && externalKey.present()) {
      throw new IllegalArgumentException(
          "a credentials file and a JWT public key file are exclusive (as in Besu): give"
              + " --rpc-http-authentication-credentials-file for /login with passwords, or"
              + " --rpc-http-authentication-jwt-public-key-file for externally issued tokens");
    }
    PermissionSet.ofMethods(methodsNoAuth);
  }

  public static EndpointAuthConfig off() {
    return new EndpointAuthConfig(false, UserCredentials.none(), JwtPublicKey.none(), List.of());
  }
}
