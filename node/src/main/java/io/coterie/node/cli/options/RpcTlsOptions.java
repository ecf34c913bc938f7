package io.coterie.node.cli.options;

import io.coterie.node.rpc.tls.RpcTlsConfig;
import io.coterie.node.rpc.tls.TlsEndpointConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * TLS of the JSON-RPC ports: Besu's {@code --rpc-http-tls-*} names, and for the WebSocket port
 * Besu's {@code --rpc-ws-ssl-*} prefix with the same settings as HTTP (a password file and a
 * known-clients file, where Besu's WebSocket options take a password and a truststore).
 */
public final class RpcTlsOptions {
  @Option(
      names = "--rpc-http-tls-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description = "Serve HTTPS on the HTTP port (default: ${DEFAULT-VALUE}).")
  boolean httpEnabled;

  @Option(
      names = "--rpc-http-tls-keystore-file",
      paramLabel = "<FILE>",
      description = "PKCS12 keystore with the server's key and certificate.")
  Path httpKeystore;

  @Option(
      names = "--rpc-http-tls-keystore-password-file",
      paramLabel = "<FILE>",
      description = "File holding the keystore's password.")
  Path httpPassword;

  @Option(
      names = "--rpc-http-tls-client-auth-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description = "Require a client certificate (default: ${DEFAULT-VALUE}).")
  boolean httpClientAuth;

  @Option(
      names = "--rpc-http-tls-known-clients-file",
      paramLabel = "<FILE>",
      description = "Accepted client certificates, `<common name> <SHA-256 fingerprint>` a line.")
  Path httpKnownClients;

  @Option(
      names = "--rpc-http-tls-ca-clients-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description =
          "Also accept client certificates of CAs the JVM trusts (default: ${DEFAULT-VALUE}).")
  boolean httpCaClients;

  @Option(
      names = "--rpc-ws-ssl-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description = "Serve wss:// on the WebSocket port (default: ${DEFAULT-VALUE}).")
  boolean wsEnabled;

  @Option(
      names = "--rpc-ws-ssl-keystore-file",
      paramLabel = "<FILE>",
      description = "PKCS12 keystore for the WebSocket port.")
  Path wsKeystore;

  @Option(
      names = "--rpc-ws-ssl-keystore-password-file",
      paramLabel = "<FILE>",
      description = "File holding that keystore's password.")
  Path wsPassword;

  @Option(
      names = "--rpc-ws-ssl-client-auth-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description =
          "Require a client certificate on the WebSocket port (default: ${DEFAULT-VALUE}).")
  boolean wsClientAuth;

  @Option(
      names = "--rpc-ws-ssl-known-clients-file",
      paramLabel = "<FILE>",
      description = "Accepted WebSocket client certificates, as --rpc-http-tls-known-clients-file.")
  Path wsKnownClients;

  @Option(
      names = "--rpc-ws-ssl-ca-clients-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "false",
      description =
          "Also accept CA-signed WebSocket client certificates (default: ${DEFAULT-VALUE}).")
  boolean wsCaClients;

  /**
   * The TLS settings (files are read when the server starts).
   *
   * @throws IllegalArgumentException naming the missing option
   */
  public RpcTlsConfig config() {
    return new RpcTlsConfig(
        endpoint(
            "--rpc-http-tls",
            httpEnabled,
            httpKeystore,
            httpPassword,
            httpClientAuth,
            httpKnownClients,
            httpCaClients),
        endpoint(
            "--rpc-ws-ssl",
            wsEnabled,
            wsKeystore,
            wsPassword,
            wsClientAuth,
            wsKnownClients,
            wsCaClients));
  }

  private static TlsEndpointConfig endpoint(
      String prefix,
      boolean enabled,
      Path keystore,
      Path password,
      boolean clientAuth,
      Path knownClients,
      boolean caClients) {
    if (!enabled) {
      if (keystore != null || clientAuth) {
        throw new IllegalArgumentException(
            prefix + " settings are given but TLS is off; add " + prefix + "-enabled");
      }
      return TlsEndpointConfig.off();
    }
    if (keystore == null || password == null) {
      throw new IllegalArgumentException(
          prefix
              + "-enabled needs "
              + prefix
              + "-keystore-file (PKCS12) and "
              + prefix
              + "-keystore-password-file");
    }
    TlsEndpointConfig tls = TlsEndpointConfig.on(keystore, password);
    if (!clientAuth) {
      return tls;
    }
    if (knownClients == null && !caClients) {
      throw new IllegalArgumentException(
          prefix
              + "-client-auth-enabled needs "
              + prefix
              + "-known-clients-file or "
              + prefix
              + "-ca-clients-enabled");
    }
    return tls.requiringClients(knownClients, caClients);
  }
}
