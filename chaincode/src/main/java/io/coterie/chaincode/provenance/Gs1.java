package io.coterie.chaincode.provenance;

import io.coterie.chaincode.gtin.Gs1CheckDigit;
import io.coterie.chaincode.spi.Word;
import java.nio.charset.StandardCharsets;

/**
 * GS1 identifiers as the precompile accepts them, and the ids derived from them.
 *
 * <ul>
 *   <li>GTIN-14: 14 digits with a valid GS1 mod-10 check digit (pad shorter GTINs with leading
 *       zeros, as GS1 prescribes).
 *   <li>Batch/lot (AI 10): 1 to 20 characters of GS1 AI encodable character set 82.
 *   <li>GLN: 13 digits with a valid check digit; stored as a number (it fits 64 bits).
 *   <li>SSCC (AI 00): 18 digits with a valid check digit.
 * </ul>
 *
 * A lot id is {@code keccak256(abi.encodePacked(gtin14, lot))} (unambiguous: the GTIN has a fixed
 * length); a container id is {@code keccak256(abi.encodePacked("/00/", sscc))}, the GS1 Digital
 * Link path of the SSCC, whose leading {@code '/'} keeps it apart from every lot id.
 */
public final class Gs1 {
  private Gs1() {}

  /** Longest batch/lot number (GS1 AI 10). */
  public static final int MAX_LOT_LENGTH = 20;

  private static final String CSET82_PUNCTUATION = "!\"%&'()*+,-./:;<=>?_";

  public static boolean isGtin14(String gtin) {
    return gtin.length() == 14 && hasValidCheckDigit(gtin);
  }

  public static boolean isGln(String gln) {
    return gln.length() == 13 && hasValidCheckDigit(gln);
  }

  public static boolean isSscc(String sscc) {
    return sscc.length() == 18 && hasValidCheckDigit(sscc);
  }

  public static boolean isLotNumber(String lot) {
    if (lot.isEmpty() || lot.length() > MAX_LOT_LENGTH) {
      return false;
    }
    return lot.chars()
        .allMatch(
            c ->
                (c >= '0' && c <= '9')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || CSET82_PUNCTUATION.indexOf(c) >= 0);
  }

  /** {@code keccak256(abi.encodePacked(gtin, lot))}; callers validate the parts first. */
  public static Word lotId(String gtin, String lot) {
    return Word.keccak(gtin + lot);
  }

  /** {@code keccak256(abi.encodePacked("/00/", sscc))}. */
  public static Word containerId(String sscc) {
    return Word.keccak("/00/" + sscc);
  }

  /** A valid 13-digit GLN as the number stored in event slots (0 is reserved for "none"). */
  static long glnNumber(String gln) {
    return Long.parseLong(gln);
  }

  /** The 13-digit GLN string of a stored number. */
  static String glnString(long number) {
    return String.format(java.util.Locale.ROOT, "%013d", number);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean hasValidCheckDigit(String digits) {
    return Gs1CheckDigit.isValid(digits);
  }
}
