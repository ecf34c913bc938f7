package io.coterie.node.rpc.web;

import io.coterie.chaincode.gtin.Gs1CheckDigit;
import io.coterie.chaincode.provenance.Gs1;
import io.coterie.chaincode.spi.Word;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A GS1 Digital Link URI path for a batch/lot: {@code /01/{gtin}/10/{lot}} (GS1 Digital Link
 * standard 1.2, section 4). GTIN-8, -12 and -13 are padded to 14 digits with leading zeros, as GS1
 * prescribes; the check digit must be right. The lot is percent-decoded when parsed and
 * percent-encoded when written, so {@code /} or {@code %} in a lot never breaks a link.
 */
public record DigitalLink(String gtin14, String lot) {
  public DigitalLink {
    if (!Gs1.isGtin14(gtin14)) {
      throw new IllegalArgumentException("not a GTIN-14 with a valid check digit: " + gtin14);
    }
    if (!Gs1.isLotNumber(lot)) {
      throw new IllegalArgumentException("not a GS1 batch/lot number: " + lot);
    }
  }

  /** The id the Provenance precompile gives this lot ({@code lotIdOf(gtin, lot)}). */
  public Word lotId() {
    return Gs1.lotId(gtin14, lot);
  }

  /** The path, e.g. {@code /01/10614141000033/10/P-7%2F2}. */
  public String path() {
    return "/01/" + gtin14 + "/10/" + percentEncode(lot);
  }

  /** The URI under {@code base} (a public URL without a trailing slash). */
  public String uri(String base) {
    return base + path();
  }

  /** The outcome of {@link #parse}: a link, or why the path is not one and what a good one is. */
  public sealed interface Parsed permits Valid, Invalid {}

  public record Valid(DigitalLink link) implements Parsed {}

  public record Invalid(String message) implements Parsed {}

  /** The link of {@code path} ({@code /01/…/10/…}, after any prefix), or why it is not one. */
  public static Parsed parse(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length != 5
        || !parts[0].isEmpty()
        || !parts[1].equals("01")
        || !parts[3].equals("10")) {
      return new Invalid(
          "'"
              + path
              + "' is not a GS1 Digital Link of a lot; use /01/{GTIN}/10/{lot}, e.g."
              + " /01/10614141000033/10/P-1");
    }
    String gtin = parts[2];
    if (!Gs1CheckDigit.isDigits(gtin)
        || !(gtin.length() == 8
            || gtin.length() == 12
            || gtin.length() == 13
            || gtin.length() == 14)) {
      return new Invalid("GTIN '" + gtin + "' must be 8, 12, 13 or 14 digits");
    }
    String gtin14 = "0".repeat(14 - gtin.length()) + gtin;
    if (!Gs1CheckDigit.isValid(gtin14)) {
      return new Invalid(
          "GTIN " + gtin + " has a wrong check digit; check the number printed under the barcode");
    }
    Optional<String> lot = percentDecode(parts[4]);
    if (lot.isEmpty() || !Gs1.isLotNumber(lot.get())) {
      return new Invalid(
          "lot '"
              + parts[4]
              + "' is not a GS1 batch/lot number (1 to 20 characters: letters, digits and"
              + " !\"%&'()*+,-./:;<=>?_, percent-encoded in the link)");
    }
    return new Valid(new DigitalLink(gtin14, lot.get()));
  }

  /** The lot as it appears in a link's path. */
  public static String encodeLot(String lot) {
    return percentEncode(lot);
  }

  /** A lot as written in a link's path or an EPC URN, %-escapes decoded; empty when malformed. */
  public static Optional<String> decodeLot(String text) {
    return percentDecode(text);
  }

  /** RFC 3986 unreserved characters stay; everything else is %XX of its UTF-8 bytes. */
  static String percentEncode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Empty when a {@code %} is not followed by two hex digits or the bytes are not UTF-8. */
  static Optional<String> percentDecode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        return Optional.empty();
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
