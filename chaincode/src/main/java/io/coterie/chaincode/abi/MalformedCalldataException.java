package io.coterie.chaincode.abi;

/**
 * Calldata that does not decode as the function's parameters (too short, dirty padding, bad
 * offsets). {@link DispatchTable} turns it into the {@code MalformedCalldata()} revert.
 */
public final class MalformedCalldataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedCalldataException(String message) {
    super(message);
  }
}
