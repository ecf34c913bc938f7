package io.coterie.node.rpc.tls;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS of one listener, Besu's {@code --rpc-http-tls-*} settings: a PKCS12 keystore with the
 * server's key and certificate and a file holding its password; optionally client certificates,
 * each either listed by SHA-256 fingerprint in a known-clients file or issued by a CA the JVM
 * trusts.
 */
public final class TlsEndpointConfig {
  private static final TlsEndpointConfig OFF =
      new TlsEndpointConfig(null, null, false, null, false);

  private final Path keystoreFile;
  private final Path keystorePasswordFile;
  private final boolean clientAuth;
  private final Path knownClientsFile;
  private final boolean caClients;

  private TlsEndpointConfig(
      Path keystoreFile,
      Path keystorePasswordFile,
      boolean clientAuth,
      Path knownClientsFile,
      boolean caClients) {
    this.keystoreFile = keystoreFile;
    this.keystorePasswordFile = keystorePasswordFile;
    this.clientAuth = clientAuth;
    this.knownClientsFile = knownClientsFile;
    this.caClients = caClients;
  }

  /** Plain TCP. */
  public static TlsEndpointConfig off() {
    return OFF;
  }

  /** TLS with the key and certificate in {@code keystoreFile}; no client certificates. */
  public static TlsEndpointConfig on(Path keystoreFile, Path keystorePasswordFile) {
    return new TlsEndpointConfig(
        Objects.requireNonNull(keystoreFile, "keystoreFile"),
        Objects.requireNonNull(keystorePasswordFile, "keystorePasswordFile"),
        false,
        null,
        false);
  }

  /**
   * Also requires a client certificate: listed in {@code knownClientsFile} ({@code <common name>
   * <SHA-256 fingerprint>} a line, as Besu's) or, with {@code caClients}, issued by a CA the JVM
   * trusts.
   */
  public TlsEndpointConfig requiringClients(Path knownClientsFile, boolean caClients) {
    if (!enabled()) {
      throw new IllegalStateException("client certificates need TLS on");
    }
    if (knownClientsFile == null && !caClients) {
      throw new IllegalArgumentException(
          "TLS client authentication needs a known-clients file or CA-signed clients: give"
              + " --rpc-http-tls-known-clients-file or --rpc-http-tls-ca-clients-enabled");
    }
    return new TlsEndpointConfig(
        keystoreFile, keystorePasswordFile, true, knownClientsFile, caClients);
  }

  public boolean enabled() {
    return keystoreFile != null;
  }

  public Optional<Path> keystoreFile() {
    return Optional.ofNullable(keystoreFile);
  }

  public Optional<Path> keystorePasswordFile() {
    return Optional.ofNullable(keystorePasswordFile);
  }

  public boolean clientAuth() {
    return clientAuth;
  }

  public Optional<Path> knownClientsFile() {
    return Optional.ofNullable(knownClientsFile);
  }

  public boolean caClients() {
    return caClients;
  }
}
