package io.coterie.chaincode.loyalty;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Limits on program parameters; a violation is the reason of {@code InvalidProgramConfig}. */
final class ProgramRules {
  private ProgramRules() {}

  static final int MAX_NAME_BYTES = 64;
  static final int MAX_SYMBOL_BYTES = 16;
  static final int MAX_TIERS = 8;

  /** 100 years of 365.25 days: keeps every expiry time far below 2^63. */
  static final long MAX_VALIDITY_SECONDS = 3_155_760_000L;

  static Optional<String> checkNew(String name, String symbol, long validity) {
    int nameBytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (nameBytes == 0 || nameBytes > MAX_NAME_BYTES) {
      return Optional.of(
          "name has %d bytes; use 1 to %d bytes of UTF-8".formatted(nameBytes, MAX_NAME_BYTES));
    }
    int symbolBytes = symbol.getBytes(StandardCharsets.UTF_8).length;
    if (symbolBytes == 0 || symbolBytes > MAX_SYMBOL_BYTES) {
      return Optional.of(
          "symbol has %d bytes; use 1 to %d bytes of UTF-8"
              .formatted(symbolBytes, MAX_SYMBOL_BYTES));
    }
    if (validity < 0 || validity > MAX_VALIDITY_SECONDS) {
      return Optional.of(
          "validity %d s is too long; use 0 (never expire) up to %d s (100 years)"
              .formatted(validity, MAX_VALIDITY_SECONDS));
    }
    return Optional.empty();
  }

  static Optional<String> checkTiers(List<BigInteger> thresholds) {
    if (thresholds.size() > MAX_TIERS) {
      return Optional.of(
          "%d tier thresholds given; use at most %d".formatted(thresholds.size(), MAX_TIERS));
    }
    BigInteger previous = BigInteger.ZERO;
    for (int i = 0; i < thresholds.size(); i++) {
      BigInteger t = thresholds.get(i);
      if (t.compareTo(previous) <= 0) {
        return Optional.of(
            "tier threshold %d is %s but must exceed %s; list positive thresholds in ascending order"
                .formatted(i, t, previous));
      }
      previous = t;
    }
    return Optional.empty();
  }
}
