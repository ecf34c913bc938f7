package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * {@code deliver}: the season's farm (still holding FARM_ROLE), from the season start on, binds
 * each planned delivery once to a lot of its own ({@link FarmLots}); and the views a member uses to
 * list a season's deliveries with their lot ids, which {@code provenance_getTrace} then traces.
 */
final class Deliveries {
  private Deliveries() {}

  static CallResult deliver(CallContext ctx, CalldataReader args) {
    BigInteger seasonId = args.uint256(0);
    BigInteger index = args.uint256(1);
    Word lotId = args.bytes32(2);
    SeasonBook book = FarmSharePrecompile.book(ctx);
    Optional<CallResult> notFarm = FarmSharePrecompile.requireSeasonFarm(ctx, book, seasonId);
    if (notFarm.isPresent()) {
      return notFarm.get();
    }
    ChainAddress farm = ctx.sender();
    Optional<CallResult> denied = FarmSharePrecompile.requireRole(ctx, StandardRoles.FARM_ROLE);
    if (denied.isPresent()) {
      return denied.get();
    }
    long count = book.deliveryCount(seasonId);
    if (index.compareTo(BigInteger.valueOf(count)) >= 0) {
      return FarmShareErrors.UNKNOWN_DELIVERY.revert(
          uint256(seasonId), uint256(index), uint256(count));
    }
    long i = index.longValueExact();
    Word recorded = book.lot(seasonId, i);
    if (!recorded.isZero()) {
      return FarmShareErrors.DELIVERY_ALREADY_RECORDED.revert(
          uint256(seasonId), uint256(index), bytes32(recorded));
    }
    long start = book.seasonStart(seasonId);
    long now = ctx.block().timestampSeconds();
    if (now < start) {
      return FarmShareErrors.SEASON_NOT_STARTED.revert(uint256(seasonId), new Uint64(start));
    }
    Optional<CallResult> refused = FarmLots.refusal(ctx, farm, lotId);
    if (refused.isPresent()) {
      return refused.get();
    }
    book.recordDelivery(seasonId, i, lotId, now);
    MeteredState.of(ctx)
        .emit(
            FarmShareEvents.DELIVERY_RECORDED.topics(Word.of(seasonId), Word.of(index), lotId),
            FarmShareEvents.DELIVERY_RECORDED.data(new Uint64(book.plannedAt(seasonId, i))));
    return CallResult.success();
  }

  /** (farm, name, shares, sold, programId, pricePerShare, seasonStart, deliveryCount). */
  static CallResult season(CallContext ctx, CalldataReader args) {
    return onSeason(
        ctx,
        args,
        (book, id) ->
            encode(
                address(book.farm(id).orElseThrow()),
                string(book.name(id)),
                uint256(book.shares(id)),
                uint256(book.sold(id)),
                uint256(book.programId(id)),
                uint256(book.pricePerShare(id)),
                new Uint64(book.seasonStart(id)),
                uint256(book.deliveryCount(id))));
  }

  /** (plannedAt[], lotIds[], deliveredAt[]): lot id and time 0 while not delivered. */
  static CallResult deliverySchedule(CallContext ctx, CalldataReader args) {
    return onSeason(
        ctx,
        args,
        (book, id) -> {
          List<Uint64> planned = new ArrayList<>();
          List<Bytes32> lots = new ArrayList<>();
          List<Uint64> delivered = new ArrayList<>();
          List<Long> schedule = book.schedule(id);
          for (int i = 0; i < schedule.size(); i++) {
            planned.add(new Uint64(schedule.get(i)));
            lots.add(bytes32(book.lot(id, i)));
            delivered.add(new Uint64(book.deliveredAt(id, i)));
          }
          return encode(
              new DynamicArray<>(Uint64.class, planned),
              new DynamicArray<>(Bytes32.class, lots),
              new DynamicArray<>(Uint64.class, delivered));
        });
  }

  static CallResult sharesOf(CallContext ctx, CalldataReader args) {
    ChainAddress member = args.address(1);
    return onSeason(ctx, args, (book, id) -> encode(uint256(book.sharesOf(id, member))));
  }

  /**
   * (deliveryIndexes[], lotIds[]): the deliveries recorded so far, in schedule order, when {@code
   * member} holds shares; empty lists otherwise.
   */
  static CallResult deliveriesOf(CallContext ctx, CalldataReader args) {
    ChainAddress member = args.address(1);
    return onSeason(
        ctx,
        args,
        (book, id) -> {
          List<Uint256> indexes = new ArrayList<>();
          List<Bytes32> lots = new ArrayList<>();
          if (book.sharesOf(id, member).signum() > 0) {
            long count = book.deliveryCount(id);
            for (long i = 0; i < count; i++) {
              Word lot = book.lot(id, i);
              if (!lot.isZero()) {
                indexes.add(uint256(i));
                lots.add(bytes32(lot));
              }
            }
          }
          return encode(
              new DynamicArray<>(Uint256.class, indexes), new DynamicArray<>(Bytes32.class, lots));
        });
  }

  /** Answers {@code view} for season {@code args[0]}, or reverts UnknownSeason. */
  private static CallResult onSeason(
      CallContext ctx, CalldataReader args, BiFunction<SeasonBook, BigInteger, byte[]> view) {
    BigInteger seasonId = args.uint256(0);
    SeasonBook book = FarmSharePrecompile.book(ctx);
    if (book.farm(seasonId).isEmpty()) {
      return FarmShareErrors.UNKNOWN_SEASON.revert(uint256(seasonId));
    }
    return CallResult.success(view.apply(book, seasonId));
  }
}
