package io.coterie.chaincode.farmshare;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.RolesErrors;
import java.util.List;

/** Custom errors of the farm shares precompile; each names the values that made the call fail. */
public final class FarmShareErrors {
  private FarmShareErrors() {}

  /** (account, role): offering and delivering need FARM_ROLE, subscribing MEMBER_ROLE. */
  public static final SolidityError UNAUTHORIZED_ACCOUNT = RolesErrors.UNAUTHORIZED_ACCOUNT;

  /** (seasonId, farm): the id is taken. */
  public static final SolidityError SEASON_EXISTS =
      new SolidityError("SeasonExists(uint256,address)");

  public static final SolidityError UNKNOWN_SEASON = new SolidityError("UnknownSeason(uint256)");

  /** (seasonId, reason): name, share count, start or schedule are not acceptable. */
  public static final SolidityError INVALID_SEASON =
      new SolidityError("InvalidSeason(uint256,string)");

  /** (programId, pricePerShare, reason). */
  public static final SolidityError INVALID_SEASON_PAYMENT =
      new SolidityError("InvalidSeasonPayment(uint256,uint256,string)");

  /** (seasonId, shares): subscribe at least one share. */
  public static final SolidityError INVALID_SHARE_COUNT =
      new SolidityError("InvalidShareCount(uint256,uint256)");

  /** (seasonId, requested, available). */
  public static final SolidityError SHARES_SOLD_OUT =
      new SolidityError("SharesSoldOut(uint256,uint256,uint256)");

  /** (seasonId, seasonStart): subscriptions close when the season starts. */
  public static final SolidityError SUBSCRIPTIONS_CLOSED =
      new SolidityError("SubscriptionsClosed(uint256,uint64)");

  /** (seasonId, account, farm): only the season's farm delivers and refunds. */
  public static final SolidityError NOT_SEASON_FARM =
      new SolidityError("NotSeasonFarm(uint256,address,address)");

  /** (seasonId, deliveryIndex, deliveryCount). */
  public static final SolidityError UNKNOWN_DELIVERY =
      new SolidityError("UnknownDelivery(uint256,uint256,uint256)");

  /** (seasonId, deliveryIndex, lotId): the delivery is already bound to lotId. */
  public static final SolidityError DELIVERY_ALREADY_RECORDED =
      new SolidityError("DeliveryAlreadyRecorded(uint256,uint256,bytes32)");

  /** (seasonId, seasonStart): deliveries start with the season. */
  public static final SolidityError SEASON_NOT_STARTED =
      new SolidityError("SeasonNotStarted(uint256,uint64)");

  /** (lotId): no such lot in the Provenance precompile. */
  public static final SolidityError UNKNOWN_LOT = new SolidityError("UnknownLot(bytes32)");

  /** (lotId, farm, creator, gtinOwner): the farm neither created the lot nor owns its GTIN. */
  public static final SolidityError LOT_NOT_FROM_FARM =
      new SolidityError("LotNotFromFarm(bytes32,address,address,address)");

  /** (lotId): the lot (or a source of it) is recalled. */
  public static final SolidityError LOT_RECALLED = new SolidityError("LotRecalled(bytes32)");

  /** (seasonId, seasonStart, now): refunds end when the season starts. */
  public static final SolidityError SEASON_STARTED =
      new SolidityError("SeasonStarted(uint256,uint64,uint64)");

  /** (seasonId, member): the member holds no shares of the season. */
  public static final SolidityError NO_SHARES = new SolidityError("NoShares(uint256,address)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          UNAUTHORIZED_ACCOUNT,
          SEASON_EXISTS,
          UNKNOWN_SEASON,
          INVALID_SEASON,
          INVALID_SEASON_PAYMENT,
          INVALID_SHARE_COUNT,
          SHARES_SOLD_OUT,
          SUBSCRIPTIONS_CLOSED,
          NOT_SEASON_FARM,
          UNKNOWN_DELIVERY,
          DELIVERY_ALREADY_RECORDED,
          SEASON_NOT_STARTED,
          UNKNOWN_LOT,
          LOT_NOT_FROM_FARM,
          LOT_RECALLED,
          SEASON_STARTED,
          NO_SHARES,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
