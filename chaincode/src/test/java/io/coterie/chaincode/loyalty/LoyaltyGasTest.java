package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BOB;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.CONSENT;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.REGISTRY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Gas is a function of state and input only, and stays near the figures in the Solidity files. */
class LoyaltyGasTest {

  @Test
  void sameCallsOnSameStateCostTheSameGasOnEveryRun() {
    long[] first = run();
    long[] second = run();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void documentedFiguresHold() {
    long[] gas = run();

    assertThat(gas[0]).as("createProgram").isBetween(110_000L, 135_000L);
    assertThat(gas[1]).as("authoriseShop").isBetween(28_000L, 35_000L);
    assertThat(gas[2]).as("first award").isBetween(200_000L, 250_000L);
    assertThat(gas[3]).as("second award").isBetween(90_000L, 110_000L);
    assertThat(gas[4]).as("transfer").isBetween(95_000L, 120_000L);
    assertThat(gas[5]).as("redeem").isBetween(65_000L, 80_000L);
    assertThat(gas[6]).as("balanceOf").isBetween(8_000L, 10_000L);
  }

  @Test
  void consentRewardFiguresHold() {
    LoyaltyFixture chain = new LoyaltyFixture();
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    Word purpose = Word.keccak("marketing.email");
    Word other = Word.keccak("analytics.purchases");
    chain.ok(ALICE, CONSENT, LoyaltyCalls.grantConsent(SHOP, purpose, 0));
    chain.ok(ALICE, CONSENT, LoyaltyCalls.grantConsent(SHOP, other, 0));

    long setNew = chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setConsentReward(id, 10)).gasUsed();
    long change = chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setConsentReward(id, 20)).gasUsed();
    long view = chain.host.staticCall(ALICE, REGISTRY, LoyaltyCalls.consentReward(id)).gasUsed();
    long first = chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, purpose)).gasUsed();
    long second = chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, other)).gasUsed();
    assertThat(setNew).as("setConsentReward from 0").isBetween(26_000L, 31_000L);
    assertThat(change).as("setConsentReward change").isBetween(12_000L, 15_000L);
    assertThat(view).as("consentReward").isBetween(6_000L, 7_500L);
    assertThat(first).as("first rewardConsent").isBetween(210_000L, 250_000L);
    assertThat(second).as("later rewardConsent").isBetween(95_000L, 112_000L);
  }

  private static long[] run() {
    LoyaltyFixture chain = new LoyaltyFixture();
    long[] gas = new long[7];
    gas[0] =
        chain
            .ok(
                ADMIN,
                REGISTRY,
                LoyaltyCalls.createProgram(NewProgram.coteriePoints().withValidity(365 * 86_400)))
            .gasUsed();
    gas[1] = chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(0, SHOP)).gasUsed();
    gas[2] =
        chain.ok(SHOP, token(0), LoyaltyCalls.award(ALICE, 100, LoyaltyCalls.ref("a"))).gasUsed();
    gas[3] =
        chain.ok(SHOP, token(0), LoyaltyCalls.award(ALICE, 100, LoyaltyCalls.ref("b"))).gasUsed();
    gas[4] = chain.ok(ALICE, token(0), LoyaltyCalls.transfer(BOB, 50)).gasUsed();
    gas[5] = chain.ok(ALICE, token(0), LoyaltyCalls.redeem(50, LoyaltyCalls.ref("r"))).gasUsed();
    gas[6] = chain.host.staticCall(ALICE, token(0), LoyaltyCalls.balanceOf(ALICE)).gasUsed();
    assertThat(chain.balance(0, ALICE)).isEqualTo(BigInteger.valueOf(100));
    return gas;
  }
}
