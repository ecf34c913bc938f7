package io.coterie.chaincode.abi;

import java.util.List;

/**
 * Errors every precompile's dispatch may revert with; each precompile lists them in its Solidity
 * interface and ABI JSON.
 */
public final class StandardErrors {
  private StandardErrors() {}

  /** The selector matches no function of the precompile. */
  public static final SolidityError UNKNOWN_SELECTOR = new SolidityError("UnknownSelector(bytes4)");

  /** Calldata shorter than the selector or than the function's arguments, or dirty padding. */
  public static final SolidityError MALFORMED_CALLDATA = new SolidityError("MalformedCalldata()");

  /** A state-changing function was called in a static (read-only) context. */
  public static final SolidityError WRITE_IN_STATIC_CALL =
      new SolidityError("WriteInStaticCall(bytes4)");

  /** Native value was sent to a function that does not accept it. */
  public static final SolidityError NOT_PAYABLE = new SolidityError("NotPayable(uint256)");

  /** All of the above, in declaration order. */
  public static final List<SolidityError> ALL =
      List.of(UNKNOWN_SELECTOR, MALFORMED_CALLDATA, WRITE_IN_STATIC_CALL, NOT_PAYABLE);
}
