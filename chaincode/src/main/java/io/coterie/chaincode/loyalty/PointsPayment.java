package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.calldata;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Another precompile paying in points: it calls the program token's own {@code transferFrom} (and
 * {@code permit}) as the spender, so allowances, balances, expiry and the token's events and errors
 * stay the token's. Drops (membership) and creators' works settle through it. An empty result means
 * paid; otherwise the revert to return, carrying the token's own error (an allowance too low names
 * the spender, the calling precompile, and the amount needed), which also undoes the caller's
 * earlier writes since the whole call reverts.
 */
public final class PointsPayment {
  private static final LoyaltyReader PROGRAMS = new LoyaltyReader();

  private PointsPayment() {}

  /** An ERC-2612 permit by the payer for the calling precompile, submitted before paying. */
  public record Permit(BigInteger deadline, int v, Word r, Word s) {}

  /** {@code transferFrom(from, to, amount)} on program {@code programId}'s token. */
  public static Optional<CallResult> transferFrom(
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

  /** {@code permit(owner, self, value, ...)} on program {@code programId}'s token. */
  public static Optional<CallResult> permit(
      CallContext ctx, long programId, ChainAddress owner, BigInteger value, Permit p) {
    return failed(
        ctx.invoke(
            LoyaltyAddresses.token(programId),
            calldata(
                "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
                address(owner),
                address(ctx.self()),
                uint256(value),
                uint256(p.deadline()),
                new Uint8(p.v()),
                bytes32(p.r()),
                bytes32(p.s()))));
  }

  /**
   * Why program {@code programId} cannot price a sale, or empty when it can: it must exist and its
   * points be transferable. Reads charged to the call.
   */
  public static Optional<String> unusableProgram(CallContext ctx, BigInteger programId) {
    long id =
        programId.compareTo(BigInteger.valueOf(LoyaltyAddresses.MAX_PROGRAMS)) < 0
            ? programId.longValueExact()
            : -1;
    if (id < 0 || !PROGRAMS.exists(MeteredState.chargedReads(ctx), id)) {
      return Optional.of("no such loyalty program; price it in an existing program");
    }
    if (!PROGRAMS.transferable(MeteredState.chargedReads(ctx), id)) {
      return Optional.of("its points cannot be transferred; price it in a transferable program");
    }
    return Optional.empty();
  }

  private static Optional<CallResult> failed(CallResult result) {
    return result.isSuccess() ? Optional.empty() : Optional.of(CallResult.revert(result.data()));
  }
}
