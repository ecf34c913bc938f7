package io.coterie.node.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secp256k1 secret scalar in {@code [1, n-1]}. Never printed: {@link #toString()} hides it, and
 * only {@link KeyFiles} writes it out.
 */
public final class PrivateKey {
  private final byte[] secret;

  private PrivateKey(byte[] secret) {
    this.secret = secret;
  }

  public static PrivateKey fromBytes(byte[] secret32) {
    if (secret32.length != 32) {
      throw new IllegalArgumentException("a private key is 32 bytes, got " + secret32.length);
    }
    BigInteger d = new BigInteger(1, secret32);
    if (d.signum() == 0 || d.compareTo(Signature.CURVE_ORDER) >= 0) {
      throw new IllegalArgumentException(
          "a private key must be in [1, n-1] of the secp256k1 curve order");
    }
    return new PrivateKey(secret32.clone());
  }

  /** Parses 64 hex digits, with or without {@code 0x}. The message never echoes the input. */
  public static PrivateKey fromHex(String hex) {
    String digits = hex.strip();
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    if (digits.length() != 64) {
      throw new IllegalArgumentException(
          "a private key is 64 hex digits, got " + digits.length() + " characters");
    }
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a private key must contain only hex digits 0-9a-f");
    }
    return fromBytes(bytes);
  }

  public static PrivateKey fromBigInteger(BigInteger d) {
    return fromBytes(Signature.bytes32(d));
  }

  public static PrivateKey random(SecureRandom random) {
    byte[] candidate = new byte[32];
    while (true) {
      random.nextBytes(candidate);
      BigInteger d = new BigInteger(1, candidate);
      if (d.signum() > 0 && d.compareTo(Signature.CURVE_ORDER) < 0) {
        return new PrivateKey(candidate);
      }
    }
  }

  public byte[] toBytes() {
    return secret.clone();
  }

  BigInteger scalar() {
    return new BigInteger(1, secret);
  }

  /** 64 lowercase hex digits without prefix, for key files only. */
  public String toHexSecret() {
    return HexFormat.of().formatHex(secret);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrivateKey other && MessageDigest.isEqual(secret, other.secret);
  }

  @Override
  public int hashCode() {
    return 0x5ec2e7; // keys are rarely hashed; avoid leaking bits through hash codes
  }

  @Override
  public String toString() {
    return "PrivateKey[hidden]";
  }
}
