package io.coterie.node.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A platform authenticator in software, holding a P-256 key as Chromium's virtual authenticator
 * does (PKCS#8, via the JDK): {@link #get} answers {@code navigator.credentials.get} for a
 * challenge at an origin as a browser would, with authenticatorData (rpIdHash, flags UP|UV, a
 * signature counter) and clientDataJSON, and the signature over {@code authenticatorData ‖
 * SHA-256(clientDataJSON)}.
 */
public final class SoftwareAuthenticator {
  private final PrivateKey key;
  private int counter;

  public SoftwareAuthenticator(String pkcs8Base64) {
    try {
      this.key =
          KeyFactory.getInstance("EC")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalArgumentException("not a PKCS#8 P-256 key", e);
    }
  }

  /** What the browser hands the page: the parts of one assertion, hex for the relayer. */
  public record Assertion(String authenticatorData, String clientDataJson, String r, String s) {}

  public Assertion get(byte[] challenge, String origin, String rpId) {
    try {
      ByteArrayOutputStream auth = new ByteArrayOutputStream();
      auth.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
      auth.write(0x05);
      counter++;
      auth.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(counter).array());
      byte[] authData = auth.toByteArray();
      String clientData =
          "{\"type\":\"webauthn.get\",\"challenge\":\""
              + Base64.getUrlEncoder().withoutPadding().encodeToString(challenge)
              + "\",\"origin\":\""
              + origin
              + "\",\"crossOrigin\":false}";
      Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
      signer.initSign(key);
      signer.update(authData);
      signer.update(sha256(clientData.getBytes(StandardCharsets.UTF_8)));
      byte[] sig = signer.sign();
      return new Assertion(
          hex(authData),
          clientData,
          hex(Arrays.copyOfRange(sig, 0, 32)),
          hex(Arrays.copyOfRange(sig, 32, 64)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return org.web3j.utils.Numeric.toHexString(bytes);
  }

  private static byte[] sha256(byte[] data) throws java.security.NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(data);
  }
}
