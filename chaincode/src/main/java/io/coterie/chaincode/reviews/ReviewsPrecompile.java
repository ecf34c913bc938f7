package io.coterie.chaincode.reviews;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.string;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.DispatchTable;
import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.generated.StaticArray5;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Verified reviews at {@code 0x…100e} ({@code IReviews.sol}): only a buyer reviews, once per
 * purchase, with 1 to 5 stars and the hash of the review's text (kept off chain). A purchase is a
 * {@link PurchaseRecords record}: a claimed trial sample, or a paid drop purchase its buyer
 * registers here. Rewards are the loyalty program's: the shop calls {@code rewardBehaviour(member,
 * 1, rewardRef(reviewId))} on the program token (kind 1 = review; loyalty 2 asks for the member's
 * consent to that shop for {@code coterie.behaviour.review}); the ref makes each review rewardable
 * once.
 */
public final class ReviewsPrecompile implements Precompile {
  /** Review ids one {@code reviewsOf} page returns at most. */
  public static final int MAX_PAGE = 100;

  private final CardsReader cards;
  private final DispatchTable table;

  public ReviewsPrecompile(CardsReader cards) {
    this.cards = cards;
    this.table =
        DispatchTable.builder()
            .nonpayable("postReview(uint256,uint8,bytes32)", ReviewsPrecompile::postReview)
            .nonpayable("recordDropPurchase(uint256,uint256)", this::recordDropPurchase)
            .view("purchaseCount()", ReviewsPrecompile::purchaseCount)
            .view("purchaseOf(uint256)", ReviewsPrecompile::purchaseOf)
            .view("reviewCount()", ReviewsPrecompile::reviewCount)
            .view("reviewOf(uint256)", ReviewsPrecompile::reviewOf)
            .view("reviewOfPurchase(uint256)", ReviewsPrecompile::reviewOfPurchase)
            .view("productReviewCount(bytes32)", ReviewsPrecompile::productReviewCount)
            .view("reviewsOf(bytes32,uint256,uint256)", ReviewsPrecompile::reviewsOf)
            .view("ratingDistribution(bytes32)", ReviewsPrecompile::ratingDistribution)
            .view("averageRating(bytes32)", ReviewsPrecompile::averageRating)
            .pure("rewardRef(uint256)", ReviewsPrecompile::rewardRef)
            .pure("dropProductId(uint256,uint256)", ReviewsPrecompile::dropProductId)
            .build();
  }

  /** The selector → function table, for tests and tooling. */
  public DispatchTable dispatchTable() {
    return table;
  }

  @Override
  public String name() {
    return "reviews";
  }

  @Override
  public boolean serves(ChainAddress address) {
    return ReviewsLayout.ADDRESS.equals(address);
  }

  @Override
  public CallResult call(CallContext ctx, byte[] input) {
    return table.dispatch(ctx, input);
  }

  /**
   * The behaviour id a shop rewards review {@code reviewId} under: {@code
   * keccak256(abi.encode("coterie.review", reviewId))}.
   */
  public static Word rewardRef(BigInteger reviewId) {
    return Word.keccak(encode(string("coterie.review"), uint256(reviewId)));
  }

  private static CallResult postReview(CallContext ctx, CalldataReader args) {
    BigInteger purchaseId = args.uint256(0);
    int rating = args.uint8(1);
    Word contentHash = args.bytes32(2);
    if (rating < 1 || rating > 5) {
      return ReviewsErrors.INVALID_RATING.revert(new Uint8(rating));
    }
    if (contentHash.isZero()) {
      return ReviewsErrors.EMPTY_CONTENT_HASH.revert();
    }
    AccountSlots slots = slots(ctx);
    Optional<Purchase> purchase = PurchaseRecords.find(slots, purchaseId);
    if (purchase.isEmpty()) {
      return ReviewsErrors.UNKNOWN_PURCHASE.revert(uint256(purchaseId));
    }
    ChainAddress buyer = purchase.get().buyer();
    if (!ctx.sender().equals(buyer)) {
      return ReviewsErrors.NOT_PURCHASE_BUYER.revert(
          uint256(purchaseId), address(ctx.sender()), address(buyer));
    }
    BigInteger existing = slots.load(ReviewsLayout.reviewOfPurchase(purchaseId)).toBigInteger();
    if (existing.signum() > 0) {
      return ReviewsErrors.ALREADY_REVIEWED.revert(uint256(purchaseId), uint256(existing));
    }
    Word product = purchase.get().productId();
    BigInteger reviewId =
        ReviewBook.post(slots, purchaseId, product, rating, contentHash, now(ctx));
    MeteredState.of(ctx)
        .emit(
            ReviewsEvents.REVIEW_POSTED.topics(Word.of(reviewId), Word.of(purchaseId), product),
            ReviewsEvents.REVIEW_POSTED.data(
                address(buyer), new Uint8(rating), bytes32(contentHash)));
    return CallResult.success(encode(uint256(reviewId)));
  }

  private CallResult recordDropPurchase(CallContext ctx, CalldataReader args) {
    BigInteger collectionId = args.uint256(0);
    BigInteger dropId = args.uint256(1);
    ChainAddress buyer = ctx.sender();
    boolean bought =
        collectionId.bitLength() < 63
            && cards.boughtDrop(
                MeteredState.chargedReads(ctx), collectionId.longValueExact(), dropId, buyer);
    if (!bought) {
      return ReviewsErrors.NO_DROP_PURCHASE.revert(
          uint256(collectionId), uint256(dropId), address(buyer));
    }
    AccountSlots slots = slots(ctx);
    Word drop = PurchaseRecords.dropKey(collectionId, dropId);
    Word key = PurchaseRecords.dropPurchaseKey(drop, buyer);
    BigInteger recorded = PurchaseRecords.recordedFor(slots, key);
    if (recorded.signum() > 0) {
      return ReviewsErrors.DROP_PURCHASE_RECORDED.revert(
          uint256(collectionId), uint256(dropId), address(buyer), uint256(recorded));
    }
    BigInteger id = PurchaseRecords.record(slots, buyer, drop, PurchaseSource.DROP_PURCHASE, drop);
    PurchaseRecords.rememberSource(slots, key, id);
    MeteredState.of(ctx)
        .emit(
            ReviewsEvents.DROP_PURCHASE_RECORDED.topics(Word.of(id), Word.of(buyer), drop),
            ReviewsEvents.DROP_PURCHASE_RECORDED.data(uint256(collectionId), uint256(dropId)));
    return CallResult.success(encode(uint256(id)));
  }

  private static CallResult purchaseCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(PurchaseRecords.count(slots(ctx)))));
  }

  private static CallResult purchaseOf(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    Optional<Purchase> purchase = PurchaseRecords.find(slots(ctx), id);
    if (purchase.isEmpty()) {
      return ReviewsErrors.UNKNOWN_PURCHASE.revert(uint256(id));
    }
    Purchase p = purchase.get();
    return CallResult.success(
        encode(
            address(p.buyer()),
            bytes32(p.productId()),
            new Uint8(p.source().ordinal()),
            bytes32(p.sourceRef())));
  }

  private static CallResult reviewCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(uint256(ReviewBook.count(slots(ctx)))));
  }

  private static CallResult reviewOf(CallContext ctx, CalldataReader args) {
    BigInteger id = args.uint256(0);
    AccountSlots slots = slots(ctx);
    Optional<ReviewBook.Review> review = ReviewBook.find(slots, id);
    if (review.isEmpty()) {
      return ReviewsErrors.UNKNOWN_REVIEW.revert(uint256(id));
    }
    ReviewBook.Review r = review.get();
    Purchase p = PurchaseRecords.find(slots, r.purchaseId()).orElseThrow();
    return CallResult.success(
        encode(
            uint256(r.purchaseId()),
            address(p.buyer()),
            bytes32(p.productId()),
            new Uint8(r.rating()),
            bytes32(r.contentHash()),
            new Uint64(r.postedAt())));
  }

  private static CallResult reviewOfPurchase(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(
            uint256(
                slots(ctx).load(ReviewsLayout.reviewOfPurchase(args.uint256(0))).toBigInteger())));
  }

  private static CallResult productReviewCount(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(uint256(ReviewBook.productCount(slots(ctx), args.bytes32(0)))));
  }

  private static CallResult reviewsOf(CallContext ctx, CalldataReader args) {
    Word product = args.bytes32(0);
    BigInteger offset = args.uint256(1);
    BigInteger limit = args.uint256(2);
    if (limit.compareTo(BigInteger.valueOf(MAX_PAGE)) > 0) {
      return ReviewsErrors.PAGE_TOO_LARGE.revert(uint256(limit), uint256(MAX_PAGE));
    }
    List<BigInteger> ids = ReviewBook.page(slots(ctx), product, offset, limit.intValueExact());
    List<Uint256> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(uint256(id)));
    return CallResult.success(encode(new DynamicArray<>(Uint256.class, out)));
  }

  private static CallResult ratingDistribution(CallContext ctx, CalldataReader args) {
    long[] counts = ReviewBook.stars(slots(ctx), args.bytes32(0));
    return CallResult.success(
        encode(
            new StaticArray5<>(
                Uint256.class,
                uint256(counts[1]),
                uint256(counts[2]),
                uint256(counts[3]),
                uint256(counts[4]),
                uint256(counts[5]))));
  }

  private static CallResult averageRating(CallContext ctx, CalldataReader args) {
    Word product = args.bytes32(0);
    AccountSlots slots = slots(ctx);
    return CallResult.success(
        encode(
            uint256(ReviewBook.ratingSum(slots, product)),
            uint256(ReviewBook.productCount(slots, product))));
  }

  private static CallResult rewardRef(CallContext ctx, CalldataReader args) {
    return CallResult.success(encode(bytes32(rewardRef(args.uint256(0)))));
  }

  private static CallResult dropProductId(CallContext ctx, CalldataReader args) {
    return CallResult.success(
        encode(bytes32(PurchaseRecords.dropKey(args.uint256(0), args.uint256(1)))));
  }

  private static AccountSlots slots(CallContext ctx) {
    return PurchaseRecords.metered(ctx);
  }

  private static long now(CallContext ctx) {
    return ctx.block().timestampSeconds();
  }
}
