package io.coterie.genesis.spec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** The 32 bytes that open QBFT's extraData. Shorter input is right-padded with zeros. */
public final class Vanity {
  public static final int SIZE = 32;
  public static final Vanity ZERO = new Vanity(new byte[SIZE]);

  private final byte[] bytes;

  private Vanity(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Vanity of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > SIZE) {
      throw new IllegalArgumentException(
          "vanity is " + bytes.length + " bytes; use at most " + SIZE + " bytes");
    }
    return new Vanity(Arrays.copyOf(bytes, SIZE));
  }

  /** Parses {@code 0x}-prefixed hex of at most 32 bytes. */
  public static Vanity fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (!hex.startsWith("0x") || hex.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "'" + hex + "' is not 0x-prefixed hex with an even number of digits");
    }
    return of(HexFormat.of().parseHex(hex.substring(2)));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String toHex() {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Vanity that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
