package io.coterie.node.crypto;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A recoverable secp256k1 ECDSA signature: {@code r} and {@code s} in {@code [1, n-1]} and the
 * recovery id (the parity of R's y coordinate) 0 or 1. Signatures made by {@link Secp256k1} are
 * always low-s (EIP-2); high-s ones can still be built from the wire and recovered, and transaction
 * validation refuses them with {@link #isLowS()}.
 */
public record Signature(BigInteger r, BigInteger s, int recoveryId) {
  public static final BigInteger CURVE_ORDER =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
  public static final BigInteger HALF_CURVE_ORDER = CURVE_ORDER.shiftRight(1);

  public Signature {
    problem(r, s, recoveryId)
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(message);
            });
  }

  /** Why these values cannot form a signature, or empty when they can. */
  public static Optional<String> problem(BigInteger r, BigInteger s, int recoveryId) {
    if (r.signum() <= 0 || r.compareTo(CURVE_ORDER) >= 0) {
      return Optional.of("signature r must be in [1, n-1], got 0x" + r.toString(16));
    }
    if (s.signum() <= 0 || s.compareTo(CURVE_ORDER) >= 0) {
      return Optional.of("signature s must be in [1, n-1], got 0x" + s.toString(16));
    }
    if (recoveryId != 0 && recoveryId != 1) {
      return Optional.of("signature recovery id must be 0 or 1, got " + recoveryId);
    }
    return Optional.empty();
  }

  public boolean isLowS() {
    return s.compareTo(HALF_CURVE_ORDER) <= 0;
  }

  /** {@code r || s}, 32 bytes each, as libsecp256k1's compact form. */
  public byte[] toCompact() {
    byte[] out = new byte[64];
    copy32(r, out, 0);
    copy32(s, out, 32);
    return out;
  }

  /** {@code r || s || recoveryId}, the 65-byte form QBFT seals and {@code eth_sign} use. */
  public byte[] toBytes65() {
    byte[] out = new byte[65];
    copy32(r, out, 0);
    copy32(s, out, 32);
    out[64] = (byte) recoveryId;
    return out;
  }

  public static Signature fromBytes65(byte[] bytes) {
    if (bytes.length != 65) {
      throw new IllegalArgumentException("a signature is 65 bytes, got " + bytes.length);
    }
    return new Signature(
        new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 0, 32)),
        new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 32, 64)),
        bytes[64]);
  }

  static byte[] bytes32(BigInteger value) {
    byte[] out = new byte[32];
    copy32(value, out, 0);
    return out;
  }

  private static void copy32(BigInteger value, byte[] out, int offset) {
    byte[] raw = value.toByteArray();
    int start = raw.length > 32 ? raw.length - 32 : 0;
    int length = raw.length - start;
    System.arraycopy(raw, start, out, offset + 32 - length, length);
  }
}
