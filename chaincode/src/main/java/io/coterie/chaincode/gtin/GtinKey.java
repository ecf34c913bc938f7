package io.coterie.chaincode.gtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a binding of the GTIN registry is keyed by: a GS1 company prefix ({@value
 * #MIN_PREFIX_DIGITS} to {@value #MAX_PREFIX_DIGITS} digits) or one GTIN-14 (14 digits with a valid
 * check digit). The two never collide: they differ in length.
 */
public record GtinKey(Kind kind, String digits) {
  /** Shortest GS1 company prefix the registry binds. */
  public static final int MIN_PREFIX_DIGITS = 6;

  /** Longest GS1 company prefix the registry binds. */
  public static final int MAX_PREFIX_DIGITS = 12;

  /** Digits of a GTIN-14. */
  public static final int GTIN_DIGITS = 14;

  /** A company prefix covers every GTIN that carries it; a GTIN covers itself. */
  public enum Kind {
    COMPANY_PREFIX,
    GTIN
  }

  public GtinKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(digits, "digits");
    boolean valid =
        switch (kind) {
          case COMPANY_PREFIX -> isCompanyPrefix(digits);
          case GTIN -> isGtin14(digits);
        };
    if (!valid) {
      throw new IllegalArgumentException("'" + digits + "' is not a valid " + kind);
    }
  }

  /** A company prefix, if {@code text} is one. */
  public static Optional<GtinKey> companyPrefix(String text) {
    return isCompanyPrefix(text)
        ? Optional.of(new GtinKey(Kind.COMPANY_PREFIX, text))
        : Optional.empty();
  }

  /** A GTIN-14, if {@code text} is one. */
  public static Optional<GtinKey> gtin(String text) {
    return isGtin14(text) ? Optional.of(new GtinKey(Kind.GTIN, text)) : Optional.empty();
  }

  /** A GTIN-14 when {@code text} has 14 characters, a company prefix otherwise, if valid. */
  public static Optional<GtinKey> parse(String text) {
    return text.length() == GTIN_DIGITS ? gtin(text) : companyPrefix(text);
  }

  public static boolean isCompanyPrefix(String text) {
    return text.length() >= MIN_PREFIX_DIGITS
        && text.length() <= MAX_PREFIX_DIGITS
        && Gs1CheckDigit.isDigits(text);
  }

  public static boolean isGtin14(String text) {
    return text.length() == GTIN_DIGITS && Gs1CheckDigit.isValid(text);
  }

  /**
   * The company prefixes a GTIN-14 may carry, longest first: its digits after the indicator digit,
   * cut to 12 down to 6 digits (GS1 places the company prefix right after the indicator).
   */
  public static List<String> candidatePrefixes(String gtin14) {
    List<String> out = new ArrayList<>();
    for (int length = MAX_PREFIX_DIGITS; length >= MIN_PREFIX_DIGITS; length--) {
      out.add(gtin14.substring(1, 1 + length));
    }
    return out;
  }
}
