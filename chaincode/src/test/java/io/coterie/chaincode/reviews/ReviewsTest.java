package io.coterie.chaincode.reviews;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.samples.SamplesFixture.PRODUCT;
import static io.coterie.chaincode.samples.SamplesFixture.REVIEWS;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.collection;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.loyalty.Behaviour;
import io.coterie.chaincode.samples.SamplesFixture;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.StaticArray4;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** Every function of verified reviews, and every way a call of it reverts. */
class ReviewsTest {
  private static final Word TEXT = Word.keccak("Lovely texture, no scent. 5/5");

  private final SamplesFixture f = new SamplesFixture();
  private final long campaign = f.create(4, 1, Word.ZERO);

  private byte[] revertOf(Outcome outcome) {
    assertThat(outcome.result().isSuccess()).as("reverts: %s", outcome).isFalse();
    return outcome.result().data();
  }

  private Outcome post(int buyer, long purchase, int rating) {
    return f.chain.call(
        member(buyer), REVIEWS, fn("postReview", u256(purchase), new Uint8(rating), b32(TEXT)));
  }

  @Test
  void theBuyerOfASampleReviewsItOnceAndTheProductsAggregatesFollow() {
    BigInteger purchase = f.claimed(member(0), campaign);

    Outcome posted = post(0, purchase.longValueExact(), 4);

    assertThat(posted.succeeded()).as("%s", posted).isTrue();
    assertThat(AbiCalls.uint(posted.result().data())).isOne();
    assertThat(posted.logs().get(0).topics())
        .containsExactly(
            ReviewsEvents.REVIEW_POSTED.topic0(), Word.of(1), Word.of(purchase), PRODUCT);
    List<Type> review =
        AbiCalls.decode(
            f.chain.view(REVIEWS, fn("reviewOf", u256(1))),
            new TypeReference<Uint256>() {},
            new TypeReference<Address>() {},
            new TypeReference<Bytes32>() {},
            new TypeReference<Uint8>() {},
            new TypeReference<Bytes32>() {},
            new TypeReference<Uint64>() {});
    assertThat(review.get(0).getValue()).isEqualTo(purchase);
    assertThat(review.get(1).getValue()).isEqualTo(member(0).toHex());
    assertThat((byte[]) review.get(2).getValue()).isEqualTo(PRODUCT.bytes());
    assertThat(review.get(3).getValue()).isEqualTo(BigInteger.valueOf(4));
    assertThat((byte[]) review.get(4).getValue()).isEqualTo(TEXT.bytes());
    assertThat(review.get(5).getValue())
        .isEqualTo(BigInteger.valueOf(f.chain.host.block().timestampSeconds()));
    assertThat(f.chain.uint(REVIEWS, "reviewOfPurchase", u256(purchase.longValueExact()))).isOne();
    assertThat(f.chain.uint(REVIEWS, "reviewCount")).isOne();

    assertThat(revertOf(post(0, purchase.longValueExact(), 5)))
        .isEqualTo(ReviewsErrors.ALREADY_REVIEWED.encode(uint256(purchase), uint256(1)));
    assertThat(post(1, f.claimed(member(1), campaign).longValueExact(), 5).succeeded()).isTrue();
    assertThat(post(2, f.claimed(member(2), campaign).longValueExact(), 4).succeeded()).isTrue();

    assertThat(f.ratingDistribution(PRODUCT)).containsExactly(0L, 0L, 0L, 2L, 1L);
    List<Type> average =
        AbiCalls.decode(
            f.chain.view(REVIEWS, fn("averageRating", b32(PRODUCT))),
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {});
    assertThat(average.get(0).getValue()).isEqualTo(BigInteger.valueOf(13));
    assertThat(average.get(1).getValue()).isEqualTo(BigInteger.valueOf(3));
    assertThat(f.chain.uint(REVIEWS, "productReviewCount", b32(PRODUCT))).isEqualTo(3);
  }

  @Test
  void reviewsOfAProductComeInPagesOldestFirst() {
    for (int m = 0; m < 4; m++) {
      assertThat(post(m, f.claimed(member(m), campaign).longValueExact(), 1 + m).succeeded())
          .isTrue();
    }
    assertThat(page(0, 2)).containsExactly(1L, 2L);
    assertThat(page(2, 2)).containsExactly(3L, 4L);
    assertThat(page(3, 100)).containsExactly(4L);
    assertThat(page(4, 2)).isEmpty();
    assertThat(page(0, 0)).isEmpty();
    assertThat(
            revertOf(
                f.chain.host.staticCall(
                    OUTSIDER, REVIEWS, fn("reviewsOf", b32(PRODUCT), u256(0), u256(101)))))
        .isEqualTo(ReviewsErrors.PAGE_TOO_LARGE.encode(uint256(101), uint256(100)));
  }

  @SuppressWarnings("unchecked")
  private List<Long> page(long offset, long limit) {
    List<Uint256> ids =
        (List<Uint256>)
            AbiCalls.decode(
                    f.chain.view(REVIEWS, fn("reviewsOf", b32(PRODUCT), u256(offset), u256(limit))),
                    new TypeReference<DynamicArray<Uint256>>() {})
                .get(0)
                .getValue();
    return ids.stream().map(id -> id.getValue().longValueExact()).toList();
  }

  @Test
  void onlyTheBuyerReviewsAKnownPurchaseWithOneToFiveStarsAndAText() {
    long purchase = f.claimed(member(0), campaign).longValueExact();
    assertThat(revertOf(post(1, purchase, 3)))
        .isEqualTo(
            ReviewsErrors.NOT_PURCHASE_BUYER.encode(
                uint256(purchase), address(member(1)), address(member(0))));
    assertThat(revertOf(post(0, 42, 3)))
        .isEqualTo(ReviewsErrors.UNKNOWN_PURCHASE.encode(uint256(42)));
    assertThat(revertOf(post(0, purchase, 0)))
        .isEqualTo(ReviewsErrors.INVALID_RATING.encode(new Uint8(0)));
    assertThat(revertOf(post(0, purchase, 6)))
        .isEqualTo(ReviewsErrors.INVALID_RATING.encode(new Uint8(6)));
    assertThat(
            revertOf(
                f.chain.call(
                    member(0),
                    REVIEWS,
                    fn("postReview", u256(purchase), new Uint8(3), b32(Word.ZERO)))))
        .isEqualTo(ReviewsErrors.EMPTY_CONTENT_HASH.encode());
    assertThat(revertOf(f.chain.host.staticCall(OUTSIDER, REVIEWS, fn("reviewOf", u256(1)))))
        .isEqualTo(ReviewsErrors.UNKNOWN_REVIEW.encode(uint256(1)));
    assertThat(revertOf(f.chain.host.staticCall(OUTSIDER, REVIEWS, fn("purchaseOf", u256(2)))))
        .isEqualTo(ReviewsErrors.UNKNOWN_PURCHASE.encode(uint256(2)));
    assertThat(f.chain.uint(REVIEWS, "reviewCount")).isZero();
  }

  @Test
  void aPaidDropPurchaseBecomesAReviewablePurchaseOnce() {
    long program = f.chain.createProgram("Drop Points", true, 0);
    long items = f.chain.createCollection("Serum", false);
    long now = f.chain.host.block().timestampSeconds();
    long drop =
        AbiCalls.uint(
                f.chain.ok(
                    ADMIN,
                    collection(f.cards),
                    fn(
                        "createDrop",
                        new Uint64(now),
                        new Uint64(now),
                        u256(5),
                        u256(items),
                        u256(program),
                        u256(100))))
            .longValueExact();
    f.chain.award(program, member(0), 500);
    f.chain.ok(member(0), points(program), fn("approve", addr(collection(f.cards)), u256(100)));
    byte[] record = fn("recordDropPurchase", u256(f.cards), u256(drop));
    assertThat(revertOf(f.chain.call(member(0), REVIEWS, record)))
        .isEqualTo(
            ReviewsErrors.NO_DROP_PURCHASE.encode(
                uint256(f.cards), uint256(drop), address(member(0))));
    f.chain.ok(member(0), collection(f.cards), fn("buy", u256(drop)));

    Outcome recorded = f.chain.call(member(0), REVIEWS, record);

    assertThat(recorded.succeeded()).as("%s", recorded).isTrue();
    assertThat(recorded.gasUsed()).as("documented in IReviews.sol").isEqualTo(133875L);
    BigInteger purchase = AbiCalls.uint(recorded.result().data());
    Word product = PurchaseRecords.dropKey(BigInteger.valueOf(f.cards), BigInteger.valueOf(drop));
    assertThat(f.chain.view(REVIEWS, fn("dropProductId", u256(f.cards), u256(drop))))
        .isEqualTo(product.bytes());
    assertThat(
            PurchaseRecords.find(PurchaseRecords.readOnly(f.chain.host.world()), purchase)
                .orElseThrow())
        .isEqualTo(
            new Purchase(purchase, member(0), product, PurchaseSource.DROP_PURCHASE, product));
    assertThat(recorded.logs().get(0).topics())
        .containsExactly(
            ReviewsEvents.DROP_PURCHASE_RECORDED.topic0(),
            Word.of(purchase),
            Word.of(member(0)),
            product);
    assertThat(revertOf(f.chain.call(member(0), REVIEWS, record)))
        .isEqualTo(
            ReviewsErrors.DROP_PURCHASE_RECORDED.encode(
                uint256(f.cards), uint256(drop), address(member(0)), uint256(purchase)));
    assertThat(revertOf(f.chain.call(member(1), REVIEWS, record)))
        .isEqualTo(
            ReviewsErrors.NO_DROP_PURCHASE.encode(
                uint256(f.cards), uint256(drop), address(member(1))));
    assertThat(
            f.chain
                .call(
                    member(0),
                    REVIEWS,
                    fn("postReview", u256(purchase.longValueExact()), new Uint8(5), b32(TEXT)))
                .succeeded())
        .isTrue();
  }

  @Test
  void theShopRewardsAReviewOnceUnderItsRewardRef() {
    long purchase = f.claimed(member(0), campaign).longValueExact();
    BigInteger review = AbiCalls.uint(post(0, purchase, 5).result().data());
    Word ref = Word.wrap(f.chain.view(REVIEWS, fn("rewardRef", u256(review.longValueExact()))));
    assertThat(ref).isEqualTo(ReviewsPrecompile.rewardRef(review));
    long program = f.chain.createProgram("Beauty Points", true, 0);
    f.chain.ok(
        ADMIN,
        ModulesFixture.LOYALTY,
        fn(
            "setBehaviourRewards",
            u256(program),
            new StaticArray4<>(Uint256.class, u256(0), u256(20), u256(0), u256(0))));
    f.grant(member(0), SHOP, Behaviour.REVIEW.consentPurpose());
    byte[] reward =
        fn("rewardBehaviour", addr(member(0)), new Uint8(Behaviour.REVIEW.ordinal()), b32(ref));

    assertThat(f.chain.call(SHOP, points(program), reward).succeeded()).isTrue();
    assertThat(f.chain.uint(points(program), "balanceOf", addr(member(0)))).isEqualTo(20);
    assertThat(f.chain.call(SHOP, points(program), reward).succeeded()).isFalse();
  }
}
