package io.coterie.chaincode.loyalty;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Points that expire together at {@code expiresAt} (seconds; {@link PointLedger#NEVER} = never).
 */
public record Lot(long expiresAt, BigInteger amount) {
  public Lot {
    Objects.requireNonNull(amount, "amount");
    if (expiresAt <= 0 || amount.signum() < 0) {
      throw new IllegalArgumentException(
          "a lot needs expiresAt > 0 and amount >= 0, got %d and %s".formatted(expiresAt, amount));
    }
  }
}
