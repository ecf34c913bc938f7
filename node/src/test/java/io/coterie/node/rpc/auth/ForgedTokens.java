package io.coterie.node.rpc.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Tokens a client or an attacker could make, signed with nimbus-jose-jwt: by an external issuer's
 * RSA or EC key, with alg none, or with a key the node does not know.
 */
final class ForgedTokens {
  private ForgedTokens() {}

  static KeyPair rsa() {
    return generate("RSA", null);
  }

  static KeyPair ec() {
    return generate("EC", new ECGenParameterSpec("secp256r1"));
  }

  /** Writes the public key as the PEM file the node reads. */
  static Path writePublicKey(KeyPair pair, Path file) throws IOException {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
    return file;
  }

  static JWTClaimsSet claims(List<String> permissions, Instant expiry) {
    return new JWTClaimsSet.Builder()
        .subject("partner-app")
        .claim("permissions", permissions)
        .expirationTime(Date.from(expiry))
        .build();
  }

  static String signed(JWSAlgorithm algorithm, KeyPair pair, JWTClaimsSet claims) {
    try {
      JWSSigner signer =
          pair.getPrivate() instanceof RSAPrivateKey rsa
              ? new RSASSASigner(rsa)
              : new ECDSASigner((ECPrivateKey) pair.getPrivate());
      return sign(algorithm, signer, claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HS256/HS512 with a random secret: a key the node never had. */
  static String hmac(JWSAlgorithm algorithm, JWTClaimsSet claims) {
    byte[] secret = new byte[64];
    new SecureRandom().nextBytes(secret);
    try {
      return sign(algorithm, new MACSigner(secret), claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code alg: none}: a header, the claims and an empty signature. */
  static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /** The node's own token with one claim changed and the signature kept. */
  static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replaceFirst(
                "\"exp\":\\d+",
                "\"exp\":" + Instant.now().plus(Duration.ofDays(365)).getEpochSecond());
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  private static String sign(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims)
      throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private static KeyPair generate(String type, ECGenParameterSpec spec) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
      if (spec != null) {
        generator.initialize(spec);
      } else {
        generator.initialize(2048);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
