package io.coterie.chaincode.spi;

/** Gas left for the current call. Costs come from {@link GasSchedule}. */
public interface GasMeter {

  /**
   * Deducts {@code amount} (must be &gt;= 0).
   *
   * @throws OutOfGas when less than {@code amount} remains; the host then fails the call and keeps
   *     the whole gas limit as used, as Ethereum does
   */
  void charge(long amount);

  /** Gas still available. */
  long remaining();
}
