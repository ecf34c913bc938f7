package io.coterie.chaincode.reviews;

import static io.coterie.chaincode.samples.SamplesFixture.PRODUCT;
import static io.coterie.chaincode.samples.SamplesFixture.REVIEWS;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.samples.SamplesFixture;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import java.math.BigInteger;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Review attempts in any order (any of the four sample buyers, on any of the four purchases, with
 * ratings 0 to 6): at most one review per purchase, only by its buyer, only with 1 to 5 stars; the
 * star counts sum to the number of reviews and the average's numerator is the sum of the stars.
 */
class ReviewsPropertyTest {

  @Test
  void oneReviewPerPurchaseAndTheDistributionSumsToTheReviews() {
    qt().withExamples(40)
        .withFixedSeed(Long.getLong("QT_SEED", 100_14L))
        .forAll(lists().of(integers().between(0, 4 * 4 * 7 - 1)).ofSizeBetween(0, 20))
        .checkAssert(ReviewsPropertyTest::reviewsAreConsistent);
  }

  private static void reviewsAreConsistent(List<Integer> attempts) {
    SamplesFixture f = new SamplesFixture();
    long campaign = f.create(4, 1, Word.ZERO);
    for (int m = 0; m < 4; m++) {
      assertThat(f.claimed(member(m), campaign)).isEqualTo(BigInteger.valueOf(m + 1));
    }
    TreeMap<Integer, Integer> model = new TreeMap<>(); // purchase id -> rating
    for (int code : attempts) {
      int who = code % 4;
      int purchase = 1 + (code / 4) % 4;
      int rating = code / 16;
      boolean expected =
          who == purchase - 1 && rating >= 1 && rating <= 5 && !model.containsKey(purchase);
      boolean posted =
          f.chain
              .call(
                  member(who),
                  REVIEWS,
                  fn("postReview", u256(purchase), new Uint8(rating), b32(Word.keccak("t" + code))))
              .succeeded();
      assertThat(posted)
          .as("#%d reviews purchase %d with %d", who, purchase, rating)
          .isEqualTo(expected);
      if (posted) {
        model.put(purchase, rating);
      }
    }
    long reviews = f.chain.uint(REVIEWS, "reviewCount").longValueExact();
    assertThat(reviews).isEqualTo(model.size());
    for (int purchase = 1; purchase <= 4; purchase++) {
      assertThat(f.chain.uint(REVIEWS, "reviewOfPurchase", u256(purchase)).signum() > 0)
          .isEqualTo(model.containsKey(purchase));
    }
    List<Long> stars = f.ratingDistribution(PRODUCT);
    long sum = 0;
    for (int k = 1; k <= 5; k++) {
      long count = stars.get(k - 1);
      final int star = k;
      assertThat(count).isEqualTo(model.values().stream().filter(r -> r == star).count());
      sum += count;
    }
    assertThat(sum).isEqualTo(reviews);
    assertThat(f.chain.uint(REVIEWS, "productReviewCount", b32(PRODUCT)).longValueExact())
        .isEqualTo(reviews);
    List<org.web3j.abi.datatypes.Type> average =
        AbiCalls.decode(
            f.chain.view(REVIEWS, fn("averageRating", b32(PRODUCT))),
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {});
    assertThat(average.get(0).getValue())
        .isEqualTo(BigInteger.valueOf(model.values().stream().mapToInt(Integer::intValue).sum()));
    assertThat(average.get(1).getValue()).isEqualTo(BigInteger.valueOf(reviews));
  }
}
