package io.coterie.chaincode.spi;

import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * A 20-byte account or precompile address. Immutable; equality, hash and order follow the bytes
 * (unsigned, big-endian), so addresses sort the same way on every node.
 */
public final class ChainAddress implements Comparable<ChainAddress> {
  /** Number of bytes in an address. */
  public static final int SIZE = 20;

  /** The zero address {@code 0x0000000000000000000000000000000000000000}. */
  public static final ChainAddress ZERO = new ChainAddress(new byte[SIZE]);

  private final byte[] bytes;

  private ChainAddress(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of exactly 20 bytes. */
  public static ChainAddress wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException(
          "an address has 20 bytes but got " + bytes.length + "; pass the last 20 bytes");
    }
    return new ChainAddress(bytes.clone());
  }

  /**
   * Parses {@code 0x} + 40 hex digits (the prefix is optional, case is ignored, no checksum check).
   */
  public static ChainAddress fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() != 2 * SIZE || !digits.chars().allMatch(ChainAddress::isHexDigit)) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not an address; write 0x followed by 40 hex digits");
    }
    return new ChainAddress(Numeric.hexStringToByteArray(digits));
  }

  /**
   * The address whose numeric value is {@code value}, e.g. {@code of(0x1000)} is {@code 0x…1000}.
   */
  public static ChainAddress of(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("an address number cannot be negative: " + value);
    }
    return of(BigInteger.valueOf(value));
  }

  /** The address whose numeric value is {@code value}; it must fit in 160 bits. */
  public static ChainAddress of(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > 8 * SIZE) {
      throw new IllegalArgumentException("an address number must be in [0, 2^160): " + value);
    }
    return new ChainAddress(Numeric.toBytesPadded(value, SIZE));
  }

  /** A copy of the 20 bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The address as an unsigned number. */
  public BigInteger toBigInteger() {
    return new BigInteger(1, bytes);
  }

  /** Lower-case {@code 0x} + 40 hex digits. */
  public String toHex() {
    return Numeric.toHexString(bytes);
  }

  /** Returns {@code this + offset}, e.g. the token at {@code 0x…2000 + id}. */
  public ChainAddress plus(long offset) {
    return of(toBigInteger().add(BigInteger.valueOf(offset)));
  }

  @Override
  public int compareTo(ChainAddress other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChainAddress other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
