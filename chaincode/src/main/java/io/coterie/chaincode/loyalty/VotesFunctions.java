package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.abi.DelegationSignatures;
import io.coterie.chaincode.abi.Nonces;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint48;

/**
 * ERC-5805 and ERC-6372 on a program token, as OZ 5's {@code ERC20Votes}: one point is one voting
 * unit, counted for its holder's delegatee once the holder delegates (to itself or anyone), and
 * checkpointed at every award, transfer, redemption and exchange. Only programs whose owner called
 * {@code enableVotes} keep checkpoints (they need points that never expire: expiry happens without
 * a transaction, so no checkpoint could record it); elsewhere the views answer 0 and {@code
 * delegate} reverts {@code VotesNotEnabled}.
 */
final class VotesFunctions {
  private VotesFunctions() {}

  static CallResult clock(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(new Uint48(call.ctx.block().number())));
  }

  static CallResult clockMode(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(string(DelegatedVotes.CLOCK_MODE)));
  }

  static CallResult delegates(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(address(call.votes().delegates(args.address(0)))));
  }

  static CallResult getVotes(TokenCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.votes().getVotes(args.address(0)))));
  }

  static CallResult getPastVotes(TokenCall call, CalldataReader args) {
    ChainAddress account = args.address(0);
    BigInteger timepoint = args.uint256(1);
    return past(call, timepoint)
        .orElseGet(
            () ->
                CallResult.success(
                    encode(
                        uint256(call.votes().getPastVotes(account, timepoint.longValueExact())))));
  }

  static CallResult getPastTotalSupply(TokenCall call, CalldataReader args) {
    BigInteger timepoint = args.uint256(0);
    return past(call, timepoint)
        .orElseGet(
            () ->
                CallResult.success(
                    encode(uint256(call.votes().getPastTotalSupply(timepoint.longValueExact())))));
  }

  static CallResult delegate(TokenCall call, CalldataReader args) {
    return delegateFrom(call, call.sender(), args.address(0));
  }

  /**
   * OZ {@code delegateBySig}: EIP-712 {@code Delegation(delegatee, nonce, expiry)} in the token's
   * permit domain (program name, "1", chain id, token), sharing the permit nonces as OZ does.
   */
  static CallResult delegateBySig(TokenCall call, CalldataReader args) {
    if (!call.votesEnabled()) {
      return LoyaltyErrors.VOTES_NOT_ENABLED.revert(uint256(call.id));
    }
    DelegationSignatures.Verified verified =
        DelegationSignatures.verify(
            PermitFunctions.domainSeparator(call),
            DelegationSignatures.Request.decode(args),
            call.now(),
            call.ctx.gas(),
            new Nonces(call.slots, TokenLayout.NONCES)::use);
    if (verified.refusal().isPresent()) {
      return verified.refusal().get();
    }
    return delegateFrom(call, verified.signer().orElseThrow(), args.address(0));
  }

  private static CallResult delegateFrom(
      TokenCall call, ChainAddress account, ChainAddress delegatee) {
    if (!call.votesEnabled()) {
      return LoyaltyErrors.VOTES_NOT_ENABLED.revert(uint256(call.id));
    }
    call.votes().delegate(account, delegatee, call.ledger.balanceOf(account));
    return CallResult.success();
  }

  // OZ Votes: only finished blocks have final checkpoints.
  private static Optional<CallResult> past(TokenCall call, BigInteger timepoint) {
    long now = call.ctx.block().number();
    if (timepoint.compareTo(BigInteger.valueOf(now)) >= 0) {
      return Optional.of(
          LoyaltyErrors.ERC5805_FUTURE_LOOKUP.revert(uint256(timepoint), new Uint48(now)));
    }
    return Optional.empty();
  }
}
