package io.coterie.chaincode.reviews;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import java.util.List;

/** Custom errors of verified reviews; each names the values that made the call fail. */
public final class ReviewsErrors {
  private ReviewsErrors() {}

  /** No purchase has this id. */
  public static final SolidityError UNKNOWN_PURCHASE =
      new SolidityError("UnknownPurchase(uint256)");

  /** (purchaseId, caller, buyer): only the purchase's buyer reviews it. */
  public static final SolidityError NOT_PURCHASE_BUYER =
      new SolidityError("NotPurchaseBuyer(uint256,address,address)");

  /** (purchaseId, reviewId): a purchase is reviewed once. */
  public static final SolidityError ALREADY_REVIEWED =
      new SolidityError("AlreadyReviewed(uint256,uint256)");

  /** A rating is 1 to 5 stars. */
  public static final SolidityError INVALID_RATING = new SolidityError("InvalidRating(uint8)");

  /** The content hash (of the review's text, kept off chain) must not be zero. */
  public static final SolidityError EMPTY_CONTENT_HASH = new SolidityError("EmptyContentHash()");

  /** (collectionId, dropId, buyer): the caller holds no paid, unrefunded purchase of that drop. */
  public static final SolidityError NO_DROP_PURCHASE =
      new SolidityError("NoDropPurchase(uint256,uint256,address)");

  /** (collectionId, dropId, buyer, purchaseId): that drop purchase is already recorded. */
  public static final SolidityError DROP_PURCHASE_RECORDED =
      new SolidityError("DropPurchaseRecorded(uint256,uint256,address,uint256)");

  /** (limit, max): a page of reviews holds at most {@value ReviewsPrecompile#MAX_PAGE} ids. */
  public static final SolidityError PAGE_TOO_LARGE =
      new SolidityError("PageTooLarge(uint256,uint256)");

  /** No review has this id. */
  public static final SolidityError UNKNOWN_REVIEW = new SolidityError("UnknownReview(uint256)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          UNKNOWN_PURCHASE,
          NOT_PURCHASE_BUYER,
          ALREADY_REVIEWED,
          INVALID_RATING,
          EMPTY_CONTENT_HASH,
          NO_DROP_PURCHASE,
          DROP_PURCHASE_RECORDED,
          PAGE_TOO_LARGE,
          UNKNOWN_REVIEW,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
