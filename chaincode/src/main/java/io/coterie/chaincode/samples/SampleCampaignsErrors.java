package io.coterie.chaincode.samples;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.consent.ConsentErrors;
import java.util.List;

/** Custom errors of sample campaigns; each names the values that made the call fail. */
public final class SampleCampaignsErrors {
  private SampleCampaignsErrors() {}

  /** The caller holds neither BRAND_ROLE nor SHOP_ROLE. */
  public static final SolidityError NOT_CAMPAIGN_CREATOR =
      new SolidityError("NotCampaignCreator(address)");

  /** The product id is zero. */
  public static final SolidityError INVALID_PRODUCT = new SolidityError("InvalidProduct(bytes32)");

  /** A campaign gives at least one sample. */
  public static final SolidityError ZERO_STOCK = new SolidityError("ZeroStock()");

  /** (opensAt, closesAt, now): the window must close after it opens and after now. */
  public static final SolidityError INVALID_CLAIM_WINDOW =
      new SolidityError("InvalidClaimWindow(uint64,uint64,uint64)");

  /** The card collection does not exist. */
  public static final SolidityError UNKNOWN_CARD_COLLECTION =
      new SolidityError("UnknownCardCollection(uint256)");

  /** The fulfilling shop does not hold SHOP_ROLE. */
  public static final SolidityError NOT_A_SHOP = new SolidityError("NotAShop(address)");

  /** No campaign has this id. */
  public static final SolidityError UNKNOWN_CAMPAIGN =
      new SolidityError("UnknownCampaign(uint256)");

  /** (campaignId, now, opensAt, closesAt): claims are taken from opensAt until before closesAt. */
  public static final SolidityError CLAIM_WINDOW_CLOSED =
      new SolidityError("ClaimWindowClosed(uint256,uint64,uint64,uint64)");

  /** (campaignId, member, purchaseId): one claim per member. */
  public static final SolidityError ALREADY_CLAIMED =
      new SolidityError("AlreadyClaimed(uint256,address,uint256)");

  /** (campaignId, stock): every sample is claimed. */
  public static final SolidityError OUT_OF_STOCK = new SolidityError("OutOfStock(uint256,uint256)");

  /** (campaignId, member, cardCollection): the member holds no card of the collection. */
  public static final SolidityError NO_MEMBER_CARD =
      new SolidityError("NoMemberCard(uint256,address,uint256)");

  /** (campaignId, member, tier, minTier): the member's card tier is below the campaign's. */
  public static final SolidityError TIER_TOO_LOW =
      new SolidityError("TierTooLow(uint256,address,uint8,uint8)");

  /** (deadline): the signed claim expired. */
  public static final SolidityError EXPIRED_SIGNATURE =
      new SolidityError("ExpiredSignature(uint256)");

  /** The signature does not recover to any address. */
  public static final SolidityError INVALID_SIGNATURE = new SolidityError("InvalidSignature()");

  /** (s): the signature's s is in the upper half of the curve order. */
  public static final SolidityError INVALID_SIGNATURE_S =
      new SolidityError("InvalidSignatureS(bytes32)");

  /** (signer, member): the claim was signed by someone other than the member. */
  public static final SolidityError INVALID_SIGNER =
      new SolidityError("InvalidSigner(address,address)");

  /** (campaignId, caller, shop): only the campaign's shop marks samples fulfilled. */
  public static final SolidityError NOT_CAMPAIGN_SHOP =
      new SolidityError("NotCampaignShop(uint256,address,address)");

  /** (campaignId, member): the member has not claimed a sample of the campaign. */
  public static final SolidityError NOT_CLAIMED = new SolidityError("NotClaimed(uint256,address)");

  /** (campaignId, member, shipmentRef): the sample is already marked shipped. */
  public static final SolidityError ALREADY_FULFILLED =
      new SolidityError("AlreadyFulfilled(uint256,address,bytes32)");

  /** The shipment reference is zero. */
  public static final SolidityError EMPTY_SHIPMENT_REF = new SolidityError("EmptyShipmentRef()");

  /** Every error the precompile may revert with, standard and consent ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          NOT_CAMPAIGN_CREATOR,
          INVALID_PRODUCT,
          ZERO_STOCK,
          INVALID_CLAIM_WINDOW,
          UNKNOWN_CARD_COLLECTION,
          NOT_A_SHOP,
          UNKNOWN_CAMPAIGN,
          CLAIM_WINDOW_CLOSED,
          ALREADY_CLAIMED,
          OUT_OF_STOCK,
          NO_MEMBER_CARD,
          TIER_TOO_LOW,
          EXPIRED_SIGNATURE,
          INVALID_SIGNATURE,
          INVALID_SIGNATURE_S,
          INVALID_SIGNER,
          NOT_CAMPAIGN_SHOP,
          NOT_CLAIMED,
          ALREADY_FULFILLED,
          EMPTY_SHIPMENT_REF,
          ConsentErrors.CONSENT_NOT_GRANTED,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
