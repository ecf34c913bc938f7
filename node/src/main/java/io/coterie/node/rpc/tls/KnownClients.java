package io.coterie.node.rpc.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Besu's known-clients file: one client a line, {@code <common name> <SHA-256 fingerprint>} with
 * the fingerprint as colon-separated hex ({@code keytool -list -v} prints it so), {@code #}
 * comments. A client certificate is known when its fingerprint is listed under its own CN.
 */
public final class KnownClients {
  private final Map<String, String> nameByFingerprint;

  private KnownClients(Map<String, String> nameByFingerprint) {
    this.nameByFingerprint = nameByFingerprint;
  }

  /** Nobody: with CA clients enabled and no file, only CA-signed clients are accepted. */
  public static KnownClients none() {
    return new KnownClients(Map.of());
  }

  /**
   * Reads the file.
   *
   * @throws IllegalArgumentException naming the file, the line and the expected form
   */
  public static KnownClients load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the known-clients file " + file + ": " + e.getMessage());
    }
    Map<String, String> entries = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      String fingerprint = parts.length == 2 ? normalise(parts[1]) : "";
      if (fingerprint.length() != 64 || !fingerprint.matches("[0-9a-f]+")) {
        throw new IllegalArgumentException(
            "known-clients file "
                + file
                + " line "
                + (i + 1)
                + " is not `<common name> <SHA-256 fingerprint>` (e.g. `partner"
                + " 8E:E0:…:A7`, 32 colon-separated hex bytes)");
      }
      entries.put(fingerprint, parts[0]);
    }
    return new KnownClients(entries);
  }

  /** Whether {@code certificate} is listed under its common name. */
  public boolean knows(X509Certificate certificate) {
    String name = nameByFingerprint.get(fingerprint(certificate));
    return name != null && name.equals(commonName(certificate));
  }

  /** The SHA-256 fingerprint of the DER encoding, lower-case hex without colons. */
  public static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint a client certificate", e);
    }
  }

  private static String commonName(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      return "";
    }
    return "";
  }

  private static String normalise(String fingerprint) {
    return fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
  }
}
