package io.coterie.node.cli.options;

import io.coterie.node.rpc.auth.EndpointAuthConfig;
import io.coterie.node.rpc.auth.JwtPublicKey;
import io.coterie.node.rpc.auth.RolePermissionTable;
import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.auth.UserCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** JSON-RPC authentication, with Besu's option names; off unless enabled. */
public final class RpcAuthOptions {
  @Option(
      names = "--rpc-http-authentication-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description = "Require a token on the HTTP port (default: ${DEFAULT-VALUE}).")
  boolean httpEnabled;

  @Option(
      names = "--rpc-http-authentication-credentials-file",
      paramLabel = "<FILE>",
      description = "TOML users ([Users.name] password = bcrypt, permissions = [...]) for /login.")
  Path httpCredentials;

  @Option(
      names = "--rpc-http-authentication-jwt-public-key-file",
      paramLabel = "<FILE>",
      description = "PEM public key of an external token issuer (disables password logins).")
  Path httpJwtKey;

  @Option(
      names = "--rpc-http-authentication-jwt-algorithm",
      paramLabel = "<ALG>",
      defaultValue = "RS256",
      description = "Algorithm of external tokens: RS256, ES256, … (default: ${DEFAULT-VALUE}).")
  String httpJwtAlgorithm;

  @Option(
      names = "--rpc-http-api-methods-no-auth",
      paramLabel = "<METHOD>",
      split = ",",
      description = "Methods callable on the HTTP port without a token, e.g. eth_chainId.")
  List<String> httpNoAuth;

  @Option(
      names = "--rpc-ws-authentication-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description = "Require a token on the WebSocket port (default: ${DEFAULT-VALUE}).")
  boolean wsEnabled;

  @Option(
      names = "--rpc-ws-authentication-credentials-file",
      paramLabel = "<FILE>",
      description = "TOML users for /login on the WebSocket port.")
  Path wsCredentials;

  @Option(
      names = "--rpc-ws-authentication-jwt-public-key-file",
      paramLabel = "<FILE>",
      description = "PEM public key of an external token issuer, for the WebSocket port.")
  Path wsJwtKey;

  @Option(
      names = "--rpc-ws-authentication-jwt-algorithm",
      paramLabel = "<ALG>",
      defaultValue = "RS256",
      description =
          "Algorithm of external tokens on the WebSocket port (default: ${DEFAULT-VALUE}).")
  String wsJwtAlgorithm;

  @Option(
      names = "--rpc-ws-api-methods-no-auth",
      paramLabel = "<METHOD>",
      split = ",",
      description = "Methods callable on the WebSocket port without a token.")
  List<String> wsNoAuth;

  @Option(
      names = "--rpc-authentication-token-lifetime",
      paramLabel = "<DURATION>",
      defaultValue = "5m",
      converter = DurationConverter.class,
      description =
          "How long tokens from /login and coterie_login last (default: ${DEFAULT-VALUE}).")
  Duration tokenLifetime;

  @Option(
      names = "--rpc-role-permissions-file",
      paramLabel = "<FILE>",
      description =
          "TOML table of on-chain role -> RPC permissions for address logins (default: the table"
              + " in README, Partner access).")
  Path rolePermissionsFile;

  /**
   * The authentication settings, with their files read.
   *
   * @throws IllegalArgumentException naming the option, the file and the fix
   */
  public RpcAuthConfig config() {
    return new RpcAuthConfig(
        endpoint(
            "--rpc-http-authentication",
            httpEnabled,
            httpCredentials,
            httpJwtKey,
            httpJwtAlgorithm,
            httpNoAuth),
        endpoint(
            "--rpc-ws-authentication",
            wsEnabled,
            wsCredentials,
            wsJwtKey,
            wsJwtAlgorithm,
            wsNoAuth),
        tokenLifetime,
        rolePermissionsFile == null
            ? RolePermissionTable.defaults()
            : RolePermissionTable.load(rolePermissionsFile));
  }

  private static EndpointAuthConfig endpoint(
      String prefix,
      boolean enabled,
      Path credentials,
      Path jwtKey,
      String algorithm,
      List<String> noAuth) {
    if (!enabled && (credentials != null || jwtKey != null)) {
      throw new IllegalArgumentException(
          prefix
              + (credentials != null ? "-credentials-file" : "-jwt-public-key-file")
              + " is given but authentication is off; add "
              + prefix
              + "-enabled, or the port stays open to anyone");
    }
    if (!enabled) {
      return EndpointAuthConfig.off();
    }
    return new EndpointAuthConfig(
        true,
        credentials == null ? UserCredentials.none() : UserCredentials.load(credentials),
        jwtKey == null ? JwtPublicKey.none() : JwtPublicKey.load(jwtKey, algorithm),
        noAuth == null ? List.of() : noAuth.stream().map(String::trim).toList());
  }
}
