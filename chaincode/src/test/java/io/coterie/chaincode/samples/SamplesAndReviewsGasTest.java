package io.coterie.chaincode.samples;

import static io.coterie.chaincode.samples.SamplesFixture.PRODUCT;
import static io.coterie.chaincode.samples.SamplesFixture.REVIEWS;
import static io.coterie.chaincode.samples.SamplesFixture.SAMPLES;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.SHOP;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import io.coterie.chaincode.support.TypedDataSigner;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The gas figures documented in ISampleCampaigns.sol and IReviews.sol (precompile gas, without the
 * transaction's intrinsic 21000 + calldata): the first campaign, claim and review of a product.
 */
class SamplesAndReviewsGasTest {
  private final SamplesFixture f = new SamplesFixture();
  private final Map<String, Long> gas = new TreeMap<>();

  private void measure(String name, ChainAddress from, ChainAddress to, byte[] input) {
    Outcome outcome = f.chain.call(from, to, input);
    assertThat(outcome.succeeded()).as("%s: %s", name, outcome).isTrue();
    gas.put(name, outcome.gasUsed());
  }

  @Test
  void everyFunctionCostsTheDocumentedGas() {
    Word purpose = Word.keccak("coterie.samples.follow-up");
    measure("createCampaign", ADMIN, SAMPLES, f.createCall(10, f.now, f.now + 3600, 1, purpose));
    f.grant(member(0), ADMIN, purpose);
    f.grant(member(1), ADMIN, purpose);
    measure("claim (with consent)", member(0), SAMPLES, fn("claim", u256(1)));
    long deadline = f.now + 600;
    TypedDataSigner.Vrs sig =
        TypedDataSigner.sampleClaim(MEMBER_KEYS.get(1), SAMPLES, 1, 0, deadline);
    measure(
        "claimBySig (with consent)",
        SHOP,
        SAMPLES,
        fn("claimBySig", u256(1), addr(member(1)), u256(deadline), sig.v(), sig.r(), sig.s()));
    measure(
        "markFulfilled",
        SHOP,
        SAMPLES,
        fn("markFulfilled", u256(1), addr(member(0)), b32(Word.keccak("DHL-1"))));
    measure("campaignCount", ADMIN, SAMPLES, fn("campaignCount"));
    measure("campaignOf", ADMIN, SAMPLES, fn("campaignOf", u256(1)));
    measure("remaining", ADMIN, SAMPLES, fn("remaining", u256(1)));
    measure("claimOf", ADMIN, SAMPLES, fn("claimOf", u256(1), addr(member(0))));
    measure("nonces", ADMIN, SAMPLES, fn("nonces", addr(member(0))));
    measure("DOMAIN_SEPARATOR", ADMIN, SAMPLES, fn("DOMAIN_SEPARATOR"));
    measure("eip712Domain", ADMIN, SAMPLES, fn("eip712Domain"));
    Word text = Word.keccak("review text");
    measure(
        "postReview (first of product)",
        member(0),
        REVIEWS,
        fn("postReview", u256(1), new Uint8(5), b32(text)));
    measure(
        "postReview (second of product)",
        member(1),
        REVIEWS,
        fn("postReview", u256(2), new Uint8(4), b32(text)));
    measure("purchaseCount", ADMIN, REVIEWS, fn("purchaseCount"));
    measure("purchaseOf", ADMIN, REVIEWS, fn("purchaseOf", u256(1)));
    measure("reviewCount", ADMIN, REVIEWS, fn("reviewCount"));
    measure("reviewOf", ADMIN, REVIEWS, fn("reviewOf", u256(1)));
    measure("reviewOfPurchase", ADMIN, REVIEWS, fn("reviewOfPurchase", u256(1)));
    measure("productReviewCount", ADMIN, REVIEWS, fn("productReviewCount", b32(PRODUCT)));
    measure("reviewsOf (2 of 2)", ADMIN, REVIEWS, fn("reviewsOf", b32(PRODUCT), u256(0), u256(10)));
    measure("ratingDistribution", ADMIN, REVIEWS, fn("ratingDistribution", b32(PRODUCT)));
    measure("averageRating", ADMIN, REVIEWS, fn("averageRating", b32(PRODUCT)));
    measure("rewardRef", ADMIN, REVIEWS, fn("rewardRef", u256(1)));
    measure("dropProductId", ADMIN, REVIEWS, fn("dropProductId", u256(0), u256(1)));

    Map<String, Long> documented = new TreeMap<>();
    documented.put("DOMAIN_SEPARATOR", 2064L);
    documented.put("averageRating", 6776L);
    documented.put("campaignCount", 4164L);
    documented.put("campaignOf", 25676L);
    documented.put("claim (with consent)", 162763L);
    documented.put("claimBySig (with consent)", 160423L);
    documented.put("claimOf", 7288L);
    documented.put("createCampaign", 198327L);
    documented.put("dropProductId", 3088L);
    documented.put("eip712Domain", 2064L);
    documented.put("markFulfilled", 53031L);
    documented.put("nonces", 4676L);
    documented.put("postReview (first of product)", 227243L);
    documented.put("postReview (second of product)", 182243L);
    documented.put("productReviewCount", 4676L);
    documented.put("purchaseCount", 4164L);
    documented.put("purchaseOf", 13076L);
    documented.put("ratingDistribution", 13076L);
    documented.put("remaining", 25676L);
    documented.put("reviewCount", 4164L);
    documented.put("reviewOf", 23576L);
    documented.put("reviewOfPurchase", 4676L);
    documented.put("reviewsOf (2 of 2)", 9900L);
    documented.put("rewardRef", 2576L);
    assertThat(gas).isEqualTo(documented);
  }
}
