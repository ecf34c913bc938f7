package io.coterie.node.rpc.json;

/** Ethereum DATA encoding: {@code 0x}-prefixed, two hex digits per byte, {@code "0x"} for empty. */
public final class Data {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Data() {}

  public static String encode(byte[] bytes) {
    char[] out = new char[2 + bytes.length * 2];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < bytes.length; i++) {
      out[2 + 2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      out[3 + 2 * i] = DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Strict decode: rejects missing 0x, odd length and non-hex characters. */
  public static byte[] decode(String text) {
    String expected =
        "expected 0x-prefixed hex data with two digits per byte, such as 0x or 0x01ab";
    if (text == null) {
      throw new InvalidParamsException(expected + ", got null");
    }
    if (!text.startsWith("0x") && !text.startsWith("0X")) {
      throw new InvalidParamsException(
          expected + ", got '" + Quantity.shorten(text) + "' (missing 0x prefix)");
    }
    int digits = text.length() - 2;
    if (digits % 2 != 0) {
      throw new InvalidParamsException(
          expected + ", got '" + Quantity.shorten(text) + "' (odd number of hex digits)");
    }
    byte[] out = new byte[digits / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(text.charAt(2 + 2 * i), 16);
      int lo = Character.digit(text.charAt(3 + 2 * i), 16);
      if (hi < 0 || lo < 0) {
        throw new InvalidParamsException(
            expected + ", got '" + Quantity.shorten(text) + "' (non-hex character)");
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  /**
   * As {@link #decode(String)}, requiring exactly {@code length} bytes (20 for an address, 32 for a
   * hash).
   */
  public static byte[] decode(String text, int length) {
    byte[] bytes = decode(text);
    if (bytes.length != length) {
      throw new InvalidParamsException(
          "expected "
              + length
              + " bytes of 0x-prefixed hex ("
              + (2 + 2 * length)
              + " characters), got "
              + bytes.length
              + " bytes in '"
              + Quantity.shorten(text)
              + "'");
    }
    return bytes;
  }
}
