package io.coterie.chaincode.spi;

import java.math.BigInteger;

/**
 * Everything a precompile may know about the call it is executing. Implemented by the host; one
 * instance per call frame (a nested {@link #invoke} gets its own).
 */
public interface CallContext {

  /** The address being called (for a range-serving precompile, the exact one in the range). */
  ChainAddress self();

  /** The immediate caller: the transaction sender, or the calling precompile for nested calls. */
  ChainAddress sender();

  /** Native value sent with the call, in wei; zero for nested calls. */
  BigInteger value();

  /** The enclosing block. */
  BlockContext block();

  /** Account storage for reads and writes (writes fail in static calls). */
  WorldStorage storage();

  /** Where logs go (emitting fails in static calls). */
  EventSink events();

  /** The gas meter of this call. */
  GasMeter gas();

  /**
   * {@code true} in a read-only context: storage writes and events throw {@link
   * StaticCallViolation}, and dispatch tables revert write functions up front. The host sets it
   * when the caller asked for a read-only call (a static nested call, or an {@code eth_call} the
   * node knows targets a view). {@code eth_estimateGas} and the simulation of a write through
   * {@code eth_call} must run non-static on a discarded snapshot, as Ethereum does.
   */
  boolean isStatic();

  /**
   * Calls precompile {@code to} with {@code input}, with {@link #self()} as the sender, zero value,
   * the same static flag and the same gas meter. Writes and events of the nested call are kept only
   * if it returns {@link CallResult.Success}; a revert undoes just the nested call, and the caller
   * decides what to do with the returned revert data. Calling an address no precompile serves
   * returns a {@link CallResult.Revert} with an {@code Error(string)} reason. The host bounds call
   * depth (exceeding it also returns a revert).
   *
   * @throws OutOfGas when the shared meter runs out inside the nested call
   */
  CallResult invoke(ChainAddress to, byte[] input);

  /**
   * Calls precompile {@code to} with {@code input} as {@code account}: like {@link #invoke}, but
   * the nested call's {@link #sender()} is {@code account}. The host grants this to one precompile
   * only, the member-accounts precompile at {@code 0x…1008}, and only for accounts that it, as an
   * {@link AccountController}, reports it created; any other caller or account gets a {@link
   * CallResult.Revert} with an {@code Error(string)} reason, and nothing runs.
   *
   * @throws OutOfGas when the shared meter runs out inside the nested call
   */
  CallResult invokeAs(ChainAddress account, ChainAddress to, byte[] input);
}
