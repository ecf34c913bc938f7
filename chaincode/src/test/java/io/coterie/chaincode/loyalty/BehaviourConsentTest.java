package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BOB;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.CONSENT;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.REGISTRY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.consent.ConsentErrors;
import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.TestHost.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Loyalty version 2 uses a member's behaviour data for a merchant only with the member's live
 * consent for that behaviour's purpose; version 1 rewards without asking.
 */
class BehaviourConsentTest {
  private static final int REVIEW = Behaviour.REVIEW.ordinal();
  private static final int CONTENT = Behaviour.CONTENT.ordinal();

  private final LoyaltyFixture v2 = new LoyaltyFixture(2);
  private final long id = program(v2);

  private static long program(LoyaltyFixture chain) {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withRewards(50, 20, 10, 30));
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP2));
    return id;
  }

  private Outcome review(LoyaltyFixture chain, ChainAddress by, ChainAddress member, String ref) {
    return chain.call(
        by, token(id), LoyaltyCalls.rewardBehaviour(member, REVIEW, LoyaltyCalls.ref(ref)));
  }

  private static void grant(
      LoyaltyFixture chain, ChainAddress member, ChainAddress merchant, Behaviour b, long until) {
    chain.ok(member, CONSENT, LoyaltyCalls.grantConsent(merchant, b.consentPurpose(), until));
  }

  private static byte[] noConsent(ChainAddress member, ChainAddress merchant, Behaviour b) {
    return ConsentErrors.CONSENT_NOT_GRANTED.encode(
        address(member), address(merchant), bytes32(b.consentPurpose()));
  }

  @Test
  void aRewardWithoutConsentIsRefusedWithTheErrorThatNamesThePurposeToAskFor() {
    Outcome refused = review(v2, SHOP, ALICE, "review-1");

    assertThat(refused.result().data()).isEqualTo(noConsent(ALICE, SHOP, Behaviour.REVIEW));
    assertThat(Behaviour.REVIEW.consentPurpose())
        .isEqualTo(Word.keccak("coterie.behaviour.review"));
    assertThat(v2.balance(id, ALICE)).isZero();
  }

  @Test
  void aLiveConsentForThePurposeToThatMerchantLetsTheRewardThrough() {
    grant(v2, ALICE, SHOP, Behaviour.REVIEW, 0);

    Outcome rewarded = review(v2, SHOP, ALICE, "review-1");

    assertThat(rewarded.succeeded()).as("%s", rewarded).isTrue();
    assertThat(v2.balance(id, ALICE)).isEqualTo(20);
  }

  @Test
  void aConsentToAnotherMerchantOrForAnotherPurposeDoesNotCount() {
    grant(v2, ALICE, SHOP2, Behaviour.REVIEW, 0);
    grant(v2, ALICE, SHOP, Behaviour.CONTENT, 0);

    assertThat(review(v2, SHOP, ALICE, "review-1").result().data())
        .isEqualTo(noConsent(ALICE, SHOP, Behaviour.REVIEW));
    assertThat(review(v2, SHOP2, ALICE, "review-2").succeeded()).isTrue();
    assertThat(
            v2.call(
                    SHOP,
                    token(id),
                    LoyaltyCalls.rewardBehaviour(ALICE, CONTENT, LoyaltyCalls.ref("video-1")))
                .succeeded())
        .isTrue();
  }

  @Test
  void aWithdrawnOrExpiredConsentNoLongerCounts() {
    grant(v2, ALICE, SHOP, Behaviour.REVIEW, 0);
    grant(v2, BOB, SHOP, Behaviour.REVIEW, v2.host.block().timestampSeconds() + 60);
    v2.ok(ALICE, CONSENT, LoyaltyCalls.revokeConsent(SHOP, Behaviour.REVIEW.consentPurpose()));
    v2.host.advanceSeconds(60);

    assertThat(review(v2, SHOP, ALICE, "review-1").result().data())
        .isEqualTo(noConsent(ALICE, SHOP, Behaviour.REVIEW));
    assertThat(review(v2, SHOP, BOB, "review-2").result().data())
        .isEqualTo(noConsent(BOB, SHOP, Behaviour.REVIEW));
  }

  @Test
  void theBrandRewardingItselfNeedsConsentToTheBrand() {
    grant(v2, ALICE, SHOP, Behaviour.REVIEW, 0);

    assertThat(review(v2, ADMIN, ALICE, "review-1").result().data())
        .isEqualTo(noConsent(ALICE, ADMIN, Behaviour.REVIEW));
    grant(v2, ALICE, ADMIN, Behaviour.REVIEW, 0);
    assertThat(review(v2, ADMIN, ALICE, "review-1").succeeded()).isTrue();
  }

  @Test
  void anUnauthorisedCallerStillHearsThatItIsNotAuthorisedFirst() {
    Outcome byMember = review(v2, BOB, ALICE, "review-1");

    assertThat(byMember.result().data())
        .isEqualTo(
            LoyaltyErrors.SHOP_NOT_AUTHORISED.encode(
                io.coterie.chaincode.abi.AbiValues.uint256(id), address(BOB)));
  }

  @Test
  void version1RewardsWithoutConsentAndVersion2CostsOneReadMore() {
    LoyaltyFixture v1 = new LoyaltyFixture(1);
    long v1Program = program(v1);
    grant(v2, ALICE, SHOP, Behaviour.REVIEW, 0);

    Outcome withoutConsent =
        v1.call(
            SHOP,
            token(v1Program),
            LoyaltyCalls.rewardBehaviour(ALICE, REVIEW, LoyaltyCalls.ref("review-1")));
    Outcome withConsent = review(v2, SHOP, ALICE, "review-1");

    assertThat(withoutConsent.succeeded()).isTrue();
    assertThat(withConsent.gasUsed() - withoutConsent.gasUsed()).isEqualTo(2_100);
  }
}
