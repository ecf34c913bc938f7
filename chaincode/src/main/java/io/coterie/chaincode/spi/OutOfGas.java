package io.coterie.chaincode.spi;

/** Thrown by {@link GasMeter#charge} when a call needs more gas than it has left. */
public final class OutOfGas extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long needed;
  private final long remaining;

  public OutOfGas(long needed, long remaining) {
    super(
        "out of gas: needed %d more but only %d remain; raise the transaction's gas limit (eth_estimateGas tells how much)"
            .formatted(needed, remaining));
    this.needed = needed;
    this.remaining = remaining;
  }

  /** The gas the failing charge asked for. */
  public long needed() {
    return needed;
  }

  /** The gas that was left. */
  public long remaining() {
    return remaining;
  }
}
