package io.coterie.chaincode.loyalty;

import java.math.BigInteger;
import java.util.Objects;

/** {@code numerator / denominator} points of the target program per point; unset when 0/0. */
public record ExchangeRate(BigInteger numerator, BigInteger denominator) {
  public static final ExchangeRate UNSET = new ExchangeRate(BigInteger.ZERO, BigInteger.ZERO);

  public ExchangeRate {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }

  public boolean isSet() {
    return numerator.signum() > 0 && denominator.signum() > 0;
  }

  /** {@code amount * numerator / denominator}, rounded down. */
  public BigInteger convert(BigInteger amount) {
    return amount.multiply(numerator).divide(denominator);
  }
}
