package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.loyalty.PointsPayment;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * Subscribing and refunding, atomic in one call, paid as membership drops are ({@link
 * PointsPayment}: the program token's {@code transferFrom} with this precompile as the spender).
 * {@code subscribe} by a MEMBER_ROLE holder before the season starts moves {@code price * shares}
 * points from the member to the farm, never selling more than the season offers; {@code refund} by
 * the farm before the start moves the member's points back (the farm approves this precompile for
 * refunds) and frees all of the member's shares. A payment that reverts reverts the whole call with
 * the token's error, so shares never change without the points moving.
 */
final class Subscriptions {
  private Subscriptions() {}

  static CallResult subscribe(CallContext ctx, CalldataReader args) {
    return subscribe(ctx, args.uint256(0), args.uint256(1), Optional.empty());
  }

  /** {@code subscribeWithPermit(seasonId, shares, deadline, v, r, s)}. */
  static CallResult subscribeWithPermit(CallContext ctx, CalldataReader args) {
    return subscribe(
        ctx, args.uint256(0), args.uint256(1), Optional.of(PointsPayment.Permit.read(args, 2)));
  }

  private static CallResult subscribe(
      CallContext ctx,
      BigInteger seasonId,
      BigInteger shares,
      Optional<PointsPayment.Permit> permit) {
    Optional<CallResult> denied = FarmSharePrecompile.requireRole(ctx, StandardRoles.MEMBER_ROLE);
    if (denied.isPresent()) {
      return denied.get();
    }
    SeasonBook book = FarmSharePrecompile.book(ctx);
    Optional<ChainAddress> farm = book.farm(seasonId);
    if (farm.isEmpty()) {
      return FarmShareErrors.UNKNOWN_SEASON.revert(uint256(seasonId));
    }
    if (shares.signum() == 0) {
      return FarmShareErrors.INVALID_SHARE_COUNT.revert(uint256(seasonId), uint256(shares));
    }
    long start = book.seasonStart(seasonId);
    if (ctx.block().timestampSeconds() >= start) {
      return FarmShareErrors.SUBSCRIPTIONS_CLOSED.revert(uint256(seasonId), new Uint64(start));
    }
    BigInteger available = book.shares(seasonId).subtract(book.sold(seasonId));
    if (shares.compareTo(available) > 0) {
      return FarmShareErrors.SHARES_SOLD_OUT.revert(
          uint256(seasonId), uint256(shares), uint256(available));
    }
    ChainAddress member = ctx.sender();
    long programId = book.programId(seasonId);
    // shares <= available <= N, and price * N < 2^256 was checked at the offer
    BigInteger points = book.pricePerShare(seasonId).multiply(shares);
    if (permit.isPresent()) {
      Optional<CallResult> refused =
          PointsPayment.permit(ctx, programId, member, points, permit.get());
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    Optional<CallResult> unpaid =
        PointsPayment.transferFrom(ctx, programId, member, farm.get(), points);
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    book.changeShares(seasonId, member, shares);
    BigInteger held = book.sharesOf(seasonId, member);
    MeteredState.of(ctx)
        .emit(
            FarmShareEvents.SHARES_SUBSCRIBED.topics(Word.of(seasonId), Word.of(member)),
            FarmShareEvents.SHARES_SUBSCRIBED.data(
                uint256(shares), uint256(points), uint256(held)));
    return CallResult.success(encode(uint256(held)));
  }

  /** {@code refund(seasonId, member)}: all the member's shares, by the season's farm. */
  static CallResult refund(CallContext ctx, CalldataReader args) {
    BigInteger seasonId = args.uint256(0);
    ChainAddress member = args.address(1);
    SeasonBook book = FarmSharePrecompile.book(ctx);
    Optional<CallResult> notFarm = FarmSharePrecompile.requireSeasonFarm(ctx, book, seasonId);
    if (notFarm.isPresent()) {
      return notFarm.get();
    }
    ChainAddress farm = ctx.sender();
    long start = book.seasonStart(seasonId);
    long now = ctx.block().timestampSeconds();
    if (now >= start) {
      return FarmShareErrors.SEASON_STARTED.revert(
          uint256(seasonId), new Uint64(start), new Uint64(now));
    }
    BigInteger shares = book.sharesOf(seasonId, member);
    if (shares.signum() == 0) {
      return FarmShareErrors.NO_SHARES.revert(uint256(seasonId), address(member));
    }
    BigInteger points = book.pricePerShare(seasonId).multiply(shares);
    Optional<CallResult> unpaid =
        PointsPayment.transferFrom(ctx, book.programId(seasonId), farm, member, points);
    if (unpaid.isPresent()) {
      return unpaid.get();
    }
    book.changeShares(seasonId, member, shares.negate());
    MeteredState.of(ctx)
        .emit(
            FarmShareEvents.SHARES_REFUNDED.topics(Word.of(seasonId), Word.of(member)),
            FarmShareEvents.SHARES_REFUNDED.data(uint256(shares), uint256(points)));
    return CallResult.success(encode(uint256(points)));
  }
}
