package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.string;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * {@code offerSeason} and {@code offerSeasonByInterval}: a FARM_ROLE holder offers a season under
 * an unused id, with a name, a share count, a price per share in a transferable loyalty program, a
 * start in the future and a schedule of one to {@value #MAX_DELIVERIES} ascending delivery dates
 * from the start on.
 */
final class SeasonOffers {
  /** Most deliveries a season plans: weekly for a year. */
  static final int MAX_DELIVERIES = 52;

  /** Longest season name, in UTF-8 bytes. */
  static final int MAX_NAME_BYTES = 64;

  private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

  /** (seasonId, name, shares, programId, pricePerShare, seasonStart): both offers start so. */
  private static final List<TypeReference<?>> TERMS =
      List.of(
          new TypeReference<Uint256>() {},
          new TypeReference<Utf8String>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<Uint256>() {},
          new TypeReference<Uint64>() {});

  private static final List<TypeReference<?>> OFFER =
      then(TERMS, new TypeReference<DynamicArray<Uint64>>() {});
  private static final List<TypeReference<?>> OFFER_BY_INTERVAL =
      then(then(TERMS, new TypeReference<Uint256>() {}), new TypeReference<Uint64>() {});

  private SeasonOffers() {}

  private static List<TypeReference<?>> then(List<TypeReference<?>> first, TypeReference<?> next) {
    List<TypeReference<?>> all = new ArrayList<>(first);
    all.add(next);
    return List.copyOf(all);
  }

  /** The common arguments of both offers, before the schedule. */
  private record Offer(
      BigInteger seasonId,
      String name,
      BigInteger shares,
      BigInteger programId,
      BigInteger price,
      long seasonStart) {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static CallResult offerSeason(CallContext ctx, CalldataReader args) {
    List<Type> in = args.decode(OFFER);
    Offer offer = offer(in, args);
    List<Long> dates = new ArrayList<>();
    for (Uint64 date : ((DynamicArray<Uint64>) in.get(6)).getValue()) {
      if (date.getValue().bitLength() > 63) {
        return offer(ctx, offer, List.of(), Optional.of("delivery dates must be below 2^63"));
      }
      dates.add(date.getValue().longValueExact());
    }
    return offer(ctx, offer, dates, Optional.empty());
  }

  @SuppressWarnings("rawtypes")
  static CallResult offerSeasonByInterval(CallContext ctx, CalldataReader args) {
    List<Type> in = args.decode(OFFER_BY_INTERVAL);
    Offer offer = offer(in, args);
    BigInteger count = (BigInteger) in.get(6).getValue();
    long interval = args.uint64(7);
    if (count.signum() == 0 || count.compareTo(BigInteger.valueOf(MAX_DELIVERIES)) > 0) {
      return offer(
          ctx,
          offer,
          List.of(),
          Optional.of("plan 1 to " + MAX_DELIVERIES + " deliveries, not " + count));
    }
    if (interval == 0 && count.intValueExact() > 1) {
      return offer(
          ctx, offer, List.of(), Optional.of("deliveries need an interval above 0 seconds"));
    }
    List<Long> dates = new ArrayList<>();
    for (int i = 0; i < count.intValueExact(); i++) {
      BigInteger date =
          BigInteger.valueOf(offer.seasonStart())
              .add(BigInteger.valueOf(interval).multiply(BigInteger.valueOf(i)));
      if (date.bitLength() > 63) {
        return offer(ctx, offer, List.of(), Optional.of("delivery dates must be below 2^63"));
      }
      dates.add(date.longValueExact());
    }
    return offer(ctx, offer, dates, Optional.empty());
  }

  @SuppressWarnings("rawtypes")
  private static Offer offer(List<Type> in, CalldataReader args) {
    return new Offer(
        (BigInteger) in.get(0).getValue(),
        (String) in.get(1).getValue(),
        (BigInteger) in.get(2).getValue(),
        (BigInteger) in.get(3).getValue(),
        (BigInteger) in.get(4).getValue(),
        args.uint64(5));
  }

  /** Offers the season, or reverts; {@code datesProblem} is why the schedule did not decode. */
  private static CallResult offer(
      CallContext ctx, Offer offer, List<Long> dates, Optional<String> datesProblem) {
    Optional<CallResult> denied = FarmSharePrecompile.requireRole(ctx, StandardRoles.FARM_ROLE);
    if (denied.isPresent()) {
      return denied.get();
    }
    SeasonBook book = FarmSharePrecompile.book(ctx);
    Optional<ChainAddress> existing = book.farm(offer.seasonId());
    if (existing.isPresent()) {
      return FarmShareErrors.SEASON_EXISTS.revert(
          uint256(offer.seasonId()), address(existing.get()));
    }
    Optional<String> problem =
        datesProblem.or(() -> termsProblem(offer, dates, ctx.block().timestampSeconds()));
    if (problem.isPresent()) {
      return invalid(offer, problem.get());
    }
    Optional<String> payment = paymentProblem(ctx, offer);
    if (payment.isPresent()) {
      return FarmShareErrors.INVALID_SEASON_PAYMENT.revert(
          uint256(offer.programId()), uint256(offer.price()), string(payment.get()));
    }
    SeasonTerms terms =
        new SeasonTerms(
            ctx.sender(),
            offer.name(),
            offer.shares(),
            offer.programId().longValueExact(),
            offer.price(),
            offer.seasonStart(),
            dates);
    book.create(offer.seasonId(), terms);
    MeteredState.of(ctx)
        .emit(
            FarmShareEvents.SEASON_OFFERED.topics(Word.of(offer.seasonId()), Word.of(ctx.sender())),
            FarmShareEvents.SEASON_OFFERED.data(
                string(offer.name()),
                uint256(offer.shares()),
                uint256(offer.programId()),
                uint256(offer.price()),
                new Uint64(offer.seasonStart()),
                new DynamicArray<>(Uint64.class, dates.stream().map(Uint64::new).toList())));
    return CallResult.success();
  }

  private static Optional<String> termsProblem(Offer offer, List<Long> dates, long now) {
    int nameBytes = offer.name().getBytes(StandardCharsets.UTF_8).length;
    if (nameBytes == 0 || nameBytes > MAX_NAME_BYTES) {
      return Optional.of("name the season in 1 to " + MAX_NAME_BYTES + " bytes of UTF-8");
    }
    if (offer.shares().signum() == 0) {
      return Optional.of("offer at least 1 share");
    }
    if (offer.seasonStart() <= now) {
      return Optional.of("the season must start after the current block (timestamp " + now + ")");
    }
    if (dates.isEmpty() || dates.size() > MAX_DELIVERIES) {
      return Optional.of("plan 1 to " + MAX_DELIVERIES + " deliveries, not " + dates.size());
    }
    long previous = offer.seasonStart() - 1;
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i) <= previous) {
        return Optional.of(
            i == 0
                ? "the first delivery cannot be planned before the season start"
                : "delivery dates must ascend strictly; delivery " + i + " does not");
      }
      previous = dates.get(i);
    }
    return Optional.empty();
  }

  private static Optional<String> paymentProblem(CallContext ctx, Offer offer) {
    if (offer.price().signum() == 0) {
      return Optional.of("shares are paid for; set a price above 0");
    }
    Optional<String> program =
        PointsPayment.programProblem(MeteredState.chargedReads(ctx), offer.programId());
    if (program.isPresent()) {
      return program;
    }
    if (offer.price().multiply(offer.shares()).compareTo(UINT256_LIMIT) >= 0) {
      return Optional.of("price times shares exceeds uint256; lower the price or the shares");
    }
    return Optional.empty();
  }

  private static CallResult invalid(Offer offer, String reason) {
    return FarmShareErrors.INVALID_SEASON.revert(uint256(offer.seasonId()), string(reason));
  }
}
