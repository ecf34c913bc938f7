package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.CallResult;
import org.web3j.abi.datatypes.Type;

/**
 * Unwinds a governor call to its revert from deep inside a helper, as Solidity's {@code revert}
 * does; {@link GovernorPrecompile#call} turns it into the {@link CallResult.Revert} value. It never
 * leaves this package, and the host discards the call's writes as for any revert.
 */
final class GovernorRevert extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient CallResult result;

  private GovernorRevert(byte[] data) {
    super(null, null, false, false);
    this.result = CallResult.revert(data);
  }

  @SuppressWarnings("rawtypes")
  static GovernorRevert with(SolidityError error, Type... args) {
    return new GovernorRevert(error.encode(args));
  }

  /** Reverts with {@code data} as is, e.g. a failed proposal call's revert bubbling up. */
  static GovernorRevert bubble(byte[] data) {
    return new GovernorRevert(data);
  }

  CallResult result() {
    return result;
  }
}
