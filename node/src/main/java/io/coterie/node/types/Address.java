package io.coterie.node.types;

import io.coterie.node.crypto.Keccak;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 20-byte account address. Ordered by its bytes, so sorted collections of addresses are
 * deterministic.
 */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;
  public static final Address ZERO = new Address(new byte[SIZE]);

  private final byte[] value;

  private Address(byte[] value) {
    this.value = value;
  }

  public static Address wrap(byte[] value) {
    if (value.length != SIZE) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + value.length);
    }
    return new Address(value.clone());
  }

  public static Address fromHex(String hex) {
    return wrap(Bytes.parseHex(hex));
  }

  /** The address whose low eight bytes hold {@code number}, as precompile addresses are written. */
  public static Address of(long number) {
    byte[] bytes = new byte[SIZE];
    for (int i = SIZE - 1; i >= SIZE - 8; i--) {
      bytes[i] = (byte) number;
      number >>>= 8;
    }
    return new Address(bytes);
  }

  /**
   * The last 20 bytes of keccak256 of a 64-byte uncompressed public key (without the 0x04 prefix).
   */
  public static Address fromPublicKey(byte[] publicKey64) {
    if (publicKey64.length != 64) {
      throw new IllegalArgumentException(
          "expected a 64-byte public key, got " + publicKey64.length);
    }
    return new Address(Arrays.copyOfRange(Keccak.hash(publicKey64), 12, 32));
  }

  public byte[] toArray() {
    return value.clone();
  }

  public String toHex() {
    return Bytes.toHex(value);
  }

  /** EIP-55 mixed-case checksum form. */
  public String toChecksumHex() {
    String lower = HexFormat.of().formatHex(value);
    byte[] hash = Keccak.hash(lower.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public int compareTo(Address other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
