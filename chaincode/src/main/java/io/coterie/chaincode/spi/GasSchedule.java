package io.coterie.chaincode.spi;

/**
 * Gas costs every precompile charges, modelled on Ethereum's (Berlin/London) so that estimates look
 * familiar. Costs depend only on input length and storage contents, so every node charges the same.
 * A call costs {@code CALL_BASE + CALLDATA_BYTE * input.length} plus its storage reads, writes and
 * events; the node adds the transaction's intrinsic gas (21000 + calldata) separately.
 */
public final class GasSchedule {
  private GasSchedule() {}

  /** Every call to a precompile. */
  public static final long CALL_BASE = 2_000;

  /** Each byte of calldata handled by the precompile (selector included). */
  public static final long CALLDATA_BYTE = 16;

  /** Reading one storage slot (SLOAD, cold). */
  public static final long STORAGE_READ = 2_100;

  /** Writing a non-zero value into a zero slot (SSTORE set). */
  public static final long STORAGE_WRITE_NEW = 20_000;

  /** Changing a non-zero slot, or clearing it (SSTORE reset); no refunds. */
  public static final long STORAGE_WRITE_UPDATE = 5_000;

  /** Writing the value a slot already holds. */
  public static final long STORAGE_WRITE_UNCHANGED = 100;

  /** Every event (LOG base). */
  public static final long EVENT_BASE = 375;

  /** Each event topic. */
  public static final long EVENT_TOPIC = 375;

  /** Each byte of event data. */
  public static final long EVENT_DATA_BYTE = 8;

  /** Each nested call through {@link CallContext#invoke}, on top of the callee's own costs. */
  public static final long NESTED_CALL = 700;

  /** The base cost of a call with {@code calldataLength} bytes of input. */
  public static long call(int calldataLength) {
    return CALL_BASE + CALLDATA_BYTE * calldataLength;
  }

  /** The cost of writing {@code next} into a slot that holds {@code current}. */
  public static long storageWrite(Word current, Word next) {
    if (current.equals(next)) {
      return STORAGE_WRITE_UNCHANGED;
    }
    return current.isZero() ? STORAGE_WRITE_NEW : STORAGE_WRITE_UPDATE;
  }

  /** The cost of an event with {@code topics} topics and {@code dataLength} bytes of data. */
  public static long event(int topics, int dataLength) {
    return EVENT_BASE + EVENT_TOPIC * topics + EVENT_DATA_BYTE * dataLength;
  }
}
