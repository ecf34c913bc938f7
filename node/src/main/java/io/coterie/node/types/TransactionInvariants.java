package io.coterie.node.types;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Rules every transaction must meet whatever the state: the ones Ethereum checks before execution
 * that the codec does not. The transaction pool and block validator call this; each message says
 * what to change.
 */
public final class TransactionInvariants {
  private TransactionInvariants() {}

  /** The first violated rule, or empty when none is. */
  public static Optional<String> firstViolation(Transaction tx) {
    if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
      return Optional.of(
          "maxPriorityFeePerGas "
              + tx.maxPriorityFeePerGas()
              + " exceeds maxFeePerGas "
              + tx.maxFeePerGas()
              + "; set maxPriorityFeePerGas <= maxFeePerGas");
    }
    if (tx.maxFeePerGas().multiply(BigInteger.valueOf(tx.gasLimit())).bitLength() > 256) {
      return Optional.of(
          "gasLimit * maxFeePerGas overflows 256 bits; lower the fee or the gas limit");
    }
    return Optional.empty();
  }

  /**
   * The most this transaction can cost its sender, {@code gasLimit * maxFeePerGas + value}: the
   * balance the pool requires. May exceed 256 bits; then no balance covers it.
   */
  public static BigInteger maxCost(Transaction tx) {
    return tx.maxFeePerGas().multiply(BigInteger.valueOf(tx.gasLimit())).add(tx.value());
  }
}
