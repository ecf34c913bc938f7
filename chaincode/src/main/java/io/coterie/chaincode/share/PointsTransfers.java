package io.coterie.chaincode.share;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.calldata;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.loyalty.LoyaltyAddresses;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Points move by calling the program token's own ERC-20 functions with {@code 0x…100a} as the
 * caller, as membership drops pay: the token applies every rule of its program (transferability,
 * balances, allowances, max balance) and emits its own {@code Transfer}. A refusal becomes this
 * call's revert, with the token's custom error.
 */
final class PointsTransfers {
  private PointsTransfers() {}

  /** {@code transferFrom(from, to, amount)} with this precompile as the spender. */
  static Optional<CallResult> transferFrom(
      CallContext ctx, long programId, ChainAddress from, ChainAddress to, BigInteger amount) {
    return failed(
        ctx.invoke(
            LoyaltyAddresses.token(programId),
            calldata(
                "transferFrom(address,address,uint256)",
                address(from),
                address(to),
                uint256(amount))));
  }

  /** {@code transfer(to, amount)} out of this precompile's own balance. */
  static Optional<CallResult> transfer(
      CallContext ctx, long programId, ChainAddress to, BigInteger amount) {
    return failed(
        ctx.invoke(
            LoyaltyAddresses.token(programId),
            calldata("transfer(address,uint256)", address(to), uint256(amount))));
  }

  private static Optional<CallResult> failed(CallResult result) {
    return result.isSuccess() ? Optional.empty() : Optional.of(CallResult.revert(result.data()));
  }
}
