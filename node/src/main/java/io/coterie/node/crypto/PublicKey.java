package io.coterie.node.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An uncompressed secp256k1 public key as Ethereum uses it: {@code x || y}, 64 bytes, no prefix.
 */
public final class PublicKey {
  private final byte[] value;

  private PublicKey(byte[] value) {
    this.value = value;
  }

  public static PublicKey fromBytes(byte[] xy64) {
    if (xy64.length != 64) {
      throw new IllegalArgumentException("a public key is 64 bytes, got " + xy64.length);
    }
    return new PublicKey(xy64.clone());
  }

  /** From the 65-byte SEC1 uncompressed form {@code 0x04 || x || y}. */
  static PublicKey fromUncompressed(byte[] sec65) {
    if (sec65.length != 65 || sec65[0] != 0x04) {
      throw new IllegalArgumentException("expected a 65-byte uncompressed key starting with 0x04");
    }
    return new PublicKey(Arrays.copyOfRange(sec65, 1, 65));
  }

  public static PublicKey fromHex(String hex) {
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    return fromBytes(HexFormat.of().parseHex(digits));
  }

  public byte[] toBytes() {
    return value.clone();
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(value);
  }

  /** The last 20 bytes of keccak256(x || y). */
  public byte[] addressBytes() {
    return Arrays.copyOfRange(Keccak.hash(value), 12, 32);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
