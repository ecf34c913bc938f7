package io.coterie.node.types;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string whose equality is by content. */
public final class Bytes implements Comparable<Bytes> {
  public static final Bytes EMPTY = new Bytes(new byte[0]);
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  public static Bytes of(byte[] value) {
    return value.length == 0 ? EMPTY : new Bytes(value.clone());
  }

  /** Parses {@code 0x}-prefixed (or bare) hex of even length. */
  public static Bytes fromHex(String hex) {
    return new Bytes(parseHex(hex));
  }

  public static byte[] parseHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException("hex string has an odd number of digits: " + hex);
    }
    return HEX.parseHex(digits);
  }

  public static String toHex(byte[] bytes) {
    return "0x" + HEX.formatHex(bytes);
  }

  public byte[] toArray() {
    return value.clone();
  }

  public int size() {
    return value.length;
  }

  public byte get(int index) {
    return value[index];
  }

  public String toHex() {
    return toHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
