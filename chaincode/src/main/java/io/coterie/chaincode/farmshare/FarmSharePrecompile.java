package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Farm shares (community-supported agriculture) at {@code 0x…100f} ({@code IFarmShares.sol}): a
 * farm offers a season's shares priced in loyalty points ({@link SeasonOffers}), members subscribe
 * and pay atomically and the farm refunds before the season starts ({@link Subscriptions}), and the
 * farm binds each delivery to one of its provenance lots ({@link Deliveries}).
 */
public final class FarmSharePrecompile implements Precompile {
  private static final RolesReader ROLES = new RolesReader();

  private final DispatchTable table =
      DispatchTable.builder()
          .nonpayable(
              "offerSeason(uint256,string,uint256,uint256,uint256,uint64,uint64[])",
              SeasonOffers::offerSeason)
          .nonpayable(
              "offerSeasonByInterval(uint256,string,uint256,uint256,uint256,uint64,uint256,uint64)",
              SeasonOffers::offerSeasonByInterval)
          .nonpayable("subscribe(uint256,uint256)", Subscriptions::subscribe)
          .nonpayable(
              "subscribeWithPermit(uint256,uint256,uint256,uint8,bytes32,bytes32)",
              Subscriptions::subscribeWithPermit)
          .nonpayable("refund(uint256,address)", Subscriptions::refund)
          .nonpayable("deliver(uint256,uint256,bytes32)", Deliveries::deliver)
          .view("season(uint256)", Deliveries::season)
          .view("deliverySchedule(uint256)", Deliveries::deliverySchedule)
          .view("sharesOf(uint256,address)", Deliveries::sharesOf)
          .view("deliveriesOf(uint256,address)", Deliveries::deliveriesOf)
          .build();

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "farmshares";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return FarmShareLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  /** The seasons, metered to the call. */
  static SeasonBook book(CallContext ctx) {
    return new SeasonBook(AccountSlots.metered(MeteredState.of(ctx, FarmShareLayout.ADDRESS)));
  }

  /** UnknownSeason or NotSeasonFarm unless the caller is season {@code seasonId}'s farm. */
  static Optional<CallResult> requireSeasonFarm(
      CallContext ctx, SeasonBook book, BigInteger seasonId) {
    Optional<ChainAddress> farm = book.farm(seasonId);
    if (farm.isEmpty()) {
      return Optional.of(FarmShareErrors.UNKNOWN_SEASON.revert(uint256(seasonId)));
    }
    if (!ctx.sender().equals(farm.get())) {
      return Optional.of(
          FarmShareErrors.NOT_SEASON_FARM.revert(
              uint256(seasonId), address(ctx.sender()), address(farm.get())));
    }
    return Optional.empty();
  }

  /** AccessControlUnauthorizedAccount unless the caller holds {@code role} (one charged read). */
  static Optional<CallResult> requireRole(CallContext ctx, Word role) {
    return ROLES.hasRole(MeteredState.chargedReads(ctx), role, ctx.sender())
        ? Optional.empty()
        : Optional.of(
            FarmShareErrors.UNAUTHORIZED_ACCOUNT.revert(address(ctx.sender()), bytes32(role)));
  }
}
