package io.coterie.chaincode.spi;

/**
 * A built-in contract. The host routes a call to the first precompile, in {@link PrecompileLoader}
 * order, whose {@link #serves} accepts the target address (see {@link PrecompileDirectory}).
 *
 * <p>Implementations must be deterministic and stateless between calls: all state lives in {@link
 * WorldStorage}. A call may throw {@link OutOfGas} or {@link StaticCallViolation}; any other
 * exception is a bug, which the host also turns into a failed call.
 */
public interface Precompile {

  /** A short stable name for logs and errors, e.g. {@code "roles"}. */
  String name();

  /** Whether calls to {@code address} are handled by this precompile. */
  boolean serves(ChainAddress address);

  /**
   * Executes one call. {@code input} is the Solidity-ABI calldata (selector + arguments); the
   * precompile must not keep or modify it.
   */
  CallResult call(CallContext ctx, byte[] input);
}
