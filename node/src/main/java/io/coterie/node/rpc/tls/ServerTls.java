package io.coterie.node.rpc.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;

/**
 * Builds a listener's netty {@link SslContext} (JDK provider) from its {@link TlsEndpointConfig}.
 * The keystore password is read from its file, used and wiped; it is never logged.
 */
public final class ServerTls {
  private ServerTls() {}

  /**
   * The context for {@code config}, empty when TLS is off.
   *
   * @throws IllegalArgumentException naming the file and the problem
   */
  public static Optional<SslContext> context(TlsEndpointConfig config) {
    if (!config.enabled()) {
      return Optional.empty();
    }
    Path keystoreFile = config.keystoreFile().orElseThrow();
    char[] password = password(config.keystorePasswordFile().orElseThrow());
    try {
      KeyStore keystore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystoreFile)) {
        keystore.load(in, password);
      }
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keystore, password);
      SslContextBuilder builder = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK);
      if (config.clientAuth()) {
        KnownClients known =
            config.knownClientsFile().map(KnownClients::load).orElseGet(KnownClients::none);
        builder
            .clientAuth(ClientAuth.REQUIRE)
            .trustManager(new ClientTrust(known, config.caClients()));
      }
      return Optional.of(builder.build());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot open the TLS keystore "
              + keystoreFile
              + " ("
              + e.getMessage()
              + "); it must be PKCS12 and open with the password in "
              + config.keystorePasswordFile().orElseThrow());
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] password(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip().toCharArray();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the TLS keystore password file " + file + ": " + e.getMessage());
    }
  }
}
