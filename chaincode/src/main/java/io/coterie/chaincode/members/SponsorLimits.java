package io.coterie.chaincode.members;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Rate limits the brand sets on chain, in fixed windows: at most {@code maxRequests} per {@code
 * windowSeconds} per sponsor (requests and account creations it carries) and per member account
 * (its requests). A window starts at the first request after the previous one ended; a limit with
 * maxRequests 0 is no limit.
 */
final class SponsorLimits {
  static final long MAX_WINDOW = 365L * 24 * 3600;

  private SponsorLimits() {}

  static boolean isValid(BigInteger max, BigInteger window) {
    if (max.signum() == 0) {
      return window.signum() == 0;
    }
    return window.signum() > 0 && window.compareTo(BigInteger.valueOf(MAX_WINDOW)) <= 0;
  }

  static void set(MeteredState state, Word limitSlot, BigInteger max, BigInteger window) {
    state.store(limitSlot, Word.of(max));
    state.store(limitSlot.plus(1), Word.of(window));
  }

  /** The sponsor's limit, then the account's, consumed; the first exceeded is the refusal. */
  static Optional<CallResult> consume(
      MeteredState state, long now, ChainAddress sponsor, Optional<ChainAddress> account) {
    Optional<CallResult> refused =
        consume(
            state,
            now,
            MemberAccountsLayout.sponsorLimit(sponsor),
            MemberAccountsLayout.sponsorUsage(sponsor),
            MemberAccountsErrors.SPONSOR_RATE_LIMITED,
            sponsor);
    if (refused.isPresent() || account.isEmpty()) {
      return refused;
    }
    return consume(
        state,
        now,
        MemberAccountsLayout.MEMBER_LIMIT,
        MemberAccountsLayout.memberUsage(account.get()),
        MemberAccountsErrors.MEMBER_RATE_LIMITED,
        account.get());
  }

  private static Optional<CallResult> consume(
      MeteredState state,
      long now,
      Word limitSlot,
      Word usageSlot,
      SolidityError error,
      ChainAddress who) {
    BigInteger max = state.load(limitSlot).toBigInteger();
    if (max.signum() == 0) {
      return Optional.empty();
    }
    BigInteger window = state.load(limitSlot.plus(1)).toBigInteger();
    BigInteger start = state.load(usageSlot).toBigInteger();
    BigInteger count = state.load(usageSlot.plus(1)).toBigInteger();
    BigInteger nowValue = BigInteger.valueOf(now);
    if (nowValue.compareTo(start.add(window)) >= 0) {
      start = nowValue;
      count = BigInteger.ZERO;
      state.store(usageSlot, Word.of(start));
    }
    if (count.compareTo(max) >= 0) {
      return Optional.of(
          error.revert(address(who), uint256(max), uint256(window), uint256(start.add(window))));
    }
    state.store(usageSlot.plus(1), Word.of(count.add(BigInteger.ONE)));
    return Optional.empty();
  }
}
