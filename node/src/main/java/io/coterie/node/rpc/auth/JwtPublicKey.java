package io.coterie.node.rpc.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key that signs externally issued tokens ({@code
 * --rpc-http-authentication-jwt-public-key-file} with {@code
 * --rpc-http-authentication-jwt-algorithm}): a PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo),
 * RSA for RS256/RS384/RS512 or EC for ES256/ES384/ES512, as Besu takes it.
 */
public final class JwtPublicKey {
  public static final List<String> ALGORITHMS =
      List.of("RS256", "RS384", "RS512", "ES256", "ES384", "ES512");

  private static final JwtPublicKey NONE = new JwtPublicKey(null, null, null);

  private final JWSAlgorithm algorithm;
  private final PublicKey key;
  private final Path file;

  private JwtPublicKey(JWSAlgorithm algorithm, PublicKey key, Path file) {
    this.algorithm = algorithm;
    this.key = key;
    this.file = file;
  }

  /** No external issuer: only the node's own tokens are accepted. */
  public static JwtPublicKey none() {
    return NONE;
  }

  /**
   * Reads the PEM file for {@code algorithm}.
   *
   * @throws IllegalArgumentException naming the file, the problem and the fix
   */
  public static JwtPublicKey load(Path file, String algorithm) {
    String name = algorithm.trim().toUpperCase(Locale.ROOT);
    if (!ALGORITHMS.contains(name)) {
      throw new IllegalArgumentException(
          "JWT algorithm '"
              + algorithm
              + "' is not supported; use one of "
              + String.join(", ", ALGORITHMS));
    }
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the JWT public key file " + file + ": " + e.getMessage());
    }
    String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    boolean rsa = name.startsWith("RS");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      PublicKey key =
          KeyFactory.getInstance(rsa ? "RSA" : "EC").generatePublic(new X509EncodedKeySpec(der));
      return new JwtPublicKey(JWSAlgorithm.parse(name), key, file);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the JWT public key file "
              + file
              + " does not hold a PEM -----BEGIN PUBLIC KEY----- "
              + (rsa ? "RSA" : "EC")
              + " key for "
              + name
              + " ("
              + e.getMessage()
              + "); export the issuer's public key with `openssl pkey -pubout`");
    }
  }

  public boolean present() {
    return key != null;
  }

  /** The algorithm external tokens must be signed with; empty without a key. */
  public Optional<JWSAlgorithm> algorithm() {
    return Optional.ofNullable(algorithm);
  }

  /** Where the key came from, for error messages; empty without a key. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  JWSVerifier verifier() throws JOSEException {
    if (key instanceof RSAPublicKey rsa) {
      return new RSASSAVerifier(rsa);
    }
    if (key instanceof ECPublicKey ec) {
      return new ECDSAVerifier(ec);
    }
    throw new IllegalStateException("no external JWT key is configured");
  }
}
