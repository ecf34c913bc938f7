package io.coterie.node.rpc.json;

import java.math.BigInteger;

/**
 * Ethereum QUANTITY encoding: {@code 0x}-prefixed, lowercase-or-uppercase hex digits, no leading
 * zeros, {@code "0x0"} for zero. Negative values have no encoding.
 */
public final class Quantity {
  static final String EXPECTED =
      "expected a 0x-prefixed hex quantity without leading zeros, such as 0x0 or 0x1a";

  private Quantity() {}

  public static String encode(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a quantity is never negative, got " + value);
    }
    return "0x" + Long.toHexString(value);
  }

  public static String encode(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a quantity is never negative, got " + value);
    }
    return "0x" + value.toString(16);
  }

  /** Strict decode: rejects missing 0x, empty digits, leading zeros and non-hex characters. */
  public static BigInteger decode(String text) {
    if (text == null) {
      throw new InvalidParamsException(EXPECTED + ", got null");
    }
    if (!text.startsWith("0x") && !text.startsWith("0X")) {
      throw new InvalidParamsException(
          EXPECTED + ", got '" + shorten(text) + "' (missing 0x prefix)");
    }
    String digits = text.substring(2);
    if (digits.isEmpty()) {
      throw new InvalidParamsException(EXPECTED + ", got '0x' (no digits)");
    }
    if (digits.length() > 64) {
      throw new InvalidParamsException(
          "expected a quantity of at most 256 bits (64 hex digits), got "
              + digits.length()
              + " digits");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new InvalidParamsException(
          EXPECTED + ", got '" + shorten(text) + "' (leading zero digits)");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new InvalidParamsException(
            EXPECTED
                + ", got '"
                + shorten(text)
                + "' (non-hex character '"
                + digits.charAt(i)
                + "')");
      }
    }
    return new BigInteger(digits, 16);
  }

  /** As {@link #decode(String)}, limited to values that fit a signed 64-bit long. */
  public static long decodeLong(String text) {
    BigInteger value = decode(text);
    if (value.bitLength() > 63) {
      throw new InvalidParamsException(
          "expected a quantity of at most 0x7fffffffffffffff, got '" + shorten(text) + "'");
    }
    return value.longValueExact();
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
