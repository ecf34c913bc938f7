package io.coterie.node.rpc.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Self-signed PKCS12 keystores made with the JDK's keytool, and TLS client contexts over them. */
final class Keystores {
  static final String PASSWORD = "changeit-" + Long.toHexString(System.nanoTime());

  private Keystores() {}

  /** A keystore with one EC P-256 key and a self-signed certificate for {@code cn}. */
  static Path create(Path dir, String cn) throws Exception {
    Path file = dir.resolve(cn + ".p12");
    keytool(
        "-genkeypair",
        "-keystore",
        file.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASSWORD,
        "-alias",
        cn,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + cn,
        "-ext",
        "san=ip:127.0.0.1,dns:localhost",
        "-validity",
        "2");
    return file;
  }

  static Path passwordFile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("keystore.password"), PASSWORD + "\n");
  }

  /** {@code <cn> <SHA-256 fingerprint>} as keytool -list -v prints the fingerprint. */
  static String knownClientLine(Path keystore, String cn) throws Exception {
    String listing =
        keytool("-list", "-v", "-keystore", keystore.toString(), "-storepass", PASSWORD);
    Matcher m = Pattern.compile("SHA256: ([0-9A-F:]{95})").matcher(listing);
    if (!m.find()) {
      throw new IllegalStateException("keytool printed no SHA256 fingerprint:\n" + listing);
    }
    return cn + " " + m.group(1);
  }

  /** Trusts {@code server}'s certificate; presents {@code client}'s key when not null. */
  static SSLContext client(Path server, Path client) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        client == null ? null : keyManagers(client),
        new javax.net.ssl.TrustManager[] {trust(server)},
        null);
    return context;
  }

  static X509TrustManager trust(Path server) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    KeyStore store = load(server);
    String alias = store.aliases().nextElement();
    Certificate certificate = store.getCertificate(alias);
    trusted.setCertificateEntry("server", certificate);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    return (X509TrustManager) factory.getTrustManagers()[0];
  }

  private static javax.net.ssl.KeyManager[] keyManagers(Path client) throws Exception {
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(load(client), PASSWORD.toCharArray());
    return factory.getKeyManagers();
  }

  private static KeyStore load(Path file) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }

  private static String keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool " + String.join(" ", args) + " failed:\n" + output);
    }
    return output;
  }
}
