package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.calldata;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Paying in points from another precompile, atomically inside its call: the program token's own
 * {@code transferFrom} with the calling precompile as the spender (the payer approves it first, or
 * signs an ERC-2612 permit that {@link #permit} submits in the same call). A token revert comes
 * back as the caller's revert with the token's own error (an allowance that is too low names the
 * spender and the amount needed), so the caller returns it and nothing of its call is kept.
 */
public final class PointsPayment {
  private PointsPayment() {}

  /** An ERC-2612 permit for the calling precompile to spend a payer's points. */
  public record Permit(BigInteger deadline, int v, Word r, Word s) {
    public Permit {
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(r, "r");
      Objects.requireNonNull(s, "s");
    }

    /**
     * The {@code (uint256 deadline, uint8 v, bytes32 r, bytes32 s)} arguments from {@code first}.
     */
    public static Permit read(CalldataReader args, int first) {
      return new Permit(
          args.uint256(first),
          args.uint8(first + 1),
          args.bytes32(first + 2),
          args.bytes32(first + 3));
    }
  }

  /**
   * Why program {@code programId} cannot take payments, or empty when it can: it must exist and its
   * points be transferable. Reads through {@code storage} (charged reads inside a call).
   */
  public static Optional<String> programProblem(WorldStorage storage, BigInteger programId) {
    LoyaltyReader programs = new LoyaltyReader();
    long id =
        programId.compareTo(BigInteger.valueOf(LoyaltyAddresses.MAX_PROGRAMS)) < 0
            ? programId.longValueExact()
            : -1;
    if (id < 0 || !programs.exists(storage, id)) {
      return Optional.of("no such loyalty program; price it in an existing program");
    }
    if (!programs.transferable(storage, id)) {
      return Optional.of("its points cannot be transferred; price it in a transferable program");
    }
    return Optional.empty();
  }

  /**
   * Submits {@code permit} for {@code ctx.self()} to spend {@code value} of {@code owner}'s points.
   */
  public static Optional<CallResult> permit(
      CallContext ctx, long programId, ChainAddress owner, BigInteger value, Permit permit) {
    return failed(
        ctx.invoke(
            LoyaltyAddresses.token(programId),
            calldata(
                "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
                address(owner),
                address(ctx.self()),
                uint256(value),
                uint256(permit.deadline()),
                new Uint8(permit.v()),
                bytes32(permit.r()),
                bytes32(permit.s()))));
  }

  /** Moves {@code amount} points of {@code programId} from {@code from} to {@code to}. */
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

  private static Optional<CallResult> failed(CallResult result) {
    return result.isSuccess() ? Optional.empty() : Optional.of(CallResult.revert(result.data()));
  }
}
