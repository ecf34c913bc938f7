package io.coterie.node.execution;

import io.coterie.chaincode.spi.GasMeter;
import io.coterie.chaincode.spi.OutOfGas;

/**
 * Counts down the gas a transaction has left after its intrinsic cost. Not thread-safe: one per
 * call.
 */
final class TransactionGasMeter implements GasMeter {
  private long remaining;

  TransactionGasMeter(long available) {
    this.remaining = available;
  }

  @Override
  public void charge(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("gas charges are positive, got " + amount);
    }
    if (amount > remaining) {
      long left = remaining;
      remaining = 0;
      throw new OutOfGas(amount, left);
    }
    remaining -= amount;
  }

  @Override
  public long remaining() {
    return remaining;
  }
}
