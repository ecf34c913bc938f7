package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BOB;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BRAND2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.CONSENT;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.GOVERNOR;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.REGISTRY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.hex;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/** A program rewards a member, once, for a consent the member grants an authorised shop. */
class LoyaltyConsentRewardTest {
  private static final Word MARKETING = Word.keccak("marketing.email");
  private static final Word ANALYTICS = Word.keccak("analytics.purchases");

  private final LoyaltyFixture chain = new LoyaltyFixture();

  /** Program 0 with shop #1 authorised and a consent reward of {@code reward}. */
  private long programRewarding(long reward, NewProgram program) {
    long id = chain.devnetProgram(program);
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setConsentReward(id, reward));
    return id;
  }

  private void grant(ChainAddress member, ChainAddress merchant, Word purpose, long validUntil) {
    chain.ok(member, CONSENT, LoyaltyCalls.grantConsent(merchant, purpose, validUntil));
  }

  private Outcome reward(long id, ChainAddress shop, ChainAddress member, Word purpose) {
    return chain.call(shop, token(id), LoyaltyCalls.rewardConsent(member, purpose));
  }

  @Test
  void brandSetsTheConsentRewardWithAnEventAndTheViewReadsIt() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    assertThat(LoyaltyCalls.decodeUint(chain.view(REGISTRY, LoyaltyCalls.consentReward(id))))
        .isZero();

    Outcome set = chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setConsentReward(id, 25));

    assertThat(set.logs())
        .containsExactly(
            new LogEntry(
                REGISTRY,
                List.of(Word.keccak("ConsentRewardSet(uint256,uint256)"), Word.of(id)),
                uintHex(25)));
    assertThat(LoyaltyCalls.decodeUint(chain.view(REGISTRY, LoyaltyCalls.consentReward(id))))
        .isEqualTo(25);
    assertThat(new LoyaltyReader().consentReward(chain.host.world(), id)).isEqualTo(25);
    assertThat(chain.host.world().storageOf(REGISTRY))
        .containsEntry(RegistryLayout.consentReward(id), Word.of(25));
  }

  @Test
  void onlyTheBrandAnAdminOrTheGovernorSetTheConsentReward() {
    long id = chain.createProgram(BRAND2, NewProgram.coteriePoints());

    Outcome byShop = chain.call(SHOP, REGISTRY, set(id, 1));
    Outcome byMember = chain.call(ALICE, REGISTRY, set(id, 1));

    assertThat(hex(byShop))
        .isEqualTo(err(LoyaltyErrors.NOT_PROGRAM_ADMIN, uint256(id), address(SHOP)));
    assertThat(hex(byMember))
        .isEqualTo(err(LoyaltyErrors.NOT_PROGRAM_ADMIN, uint256(id), address(ALICE)));
    assertThat(chain.call(BRAND2, REGISTRY, set(id, 10)).succeeded()).isTrue();
    assertThat(chain.call(ADMIN, REGISTRY, set(id, 20)).succeeded()).isTrue();
    assertThat(chain.call(GOVERNOR, REGISTRY, set(id, 30)).succeeded()).isTrue();
    assertThat(LoyaltyCalls.decodeUint(chain.view(REGISTRY, LoyaltyCalls.consentReward(id))))
        .isEqualTo(30);
  }

  @Test
  void unknownProgramsRevertWithUnknownProgram() {
    String expected = err(LoyaltyErrors.UNKNOWN_PROGRAM, uint256(7));

    assertThat(hex(chain.call(ADMIN, REGISTRY, set(7, 1)))).isEqualTo(expected);
    assertThat(hex(chain.call(ADMIN, REGISTRY, LoyaltyCalls.consentReward(7)))).isEqualTo(expected);
  }

  @Test
  void authorisedShopRewardsAGrantedConsentWithTransferAndConsentRewardedEvents() {
    long id = programRewarding(40, NewProgram.coteriePoints().withTiers(40L));
    grant(ALICE, SHOP, MARKETING, 0);

    Outcome outcome = chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, MARKETING));

    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                token(id),
                List.of(
                    Word.keccak("Transfer(address,address,uint256)"), Word.ZERO, Word.of(ALICE)),
                uintHex(40)),
            new LogEntry(
                token(id),
                List.of(
                    Word.keccak("ConsentRewarded(address,address,bytes32,uint256)"),
                    Word.of(ALICE),
                    Word.of(SHOP),
                    MARKETING),
                uintHex(40)));
    assertThat(chain.balance(id, ALICE)).isEqualTo(40);
    assertThat(chain.supply(id)).isEqualTo(40);
    assertThat(uintView(id, LoyaltyCalls.lifetimeEarned(ALICE))).isEqualTo(40);
    assertThat(uintView(id, LoyaltyCalls.tierOf(ALICE))).isEqualTo(1);
    assertThat(
            AbiCalls.bool(
                chain.view(
                    token(id),
                    LoyaltyCalls.awardRefUsed(ConsentReader.rewardRef(ALICE, SHOP, MARKETING)))))
        .isTrue();
    long day = chain.host.block().timestampSeconds() / 86_400;
    assertThat(uintView(id, LoyaltyCalls.awardedOn(SHOP, day))).isEqualTo(40);
  }

  @Test
  void rewardedPointsExpireLikeAwardedOnes() {
    long id = programRewarding(10, NewProgram.coteriePoints().withValidity(3_600));
    grant(ALICE, SHOP, MARKETING, 0);

    chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, MARKETING));
    assertThat(chain.balance(id, ALICE)).isEqualTo(10);
    chain.host.advanceSeconds(2 * 3_600);

    assertThat(chain.balance(id, ALICE)).isZero();
    assertThat(uintView(id, LoyaltyCalls.lifetimeEarned(ALICE))).isEqualTo(10);
  }

  @Test
  void noRewardWithoutConsentOrForAConsentGivenToAnotherMerchantOrPurpose() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP2));
    grant(ALICE, SHOP2, MARKETING, 0);
    grant(ALICE, SHOP, ANALYTICS, 0);
    var before = chain.host.world().storageOf(token(id));

    Outcome never = reward(id, SHOP, BOB, MARKETING);
    Outcome otherMerchant = reward(id, SHOP, ALICE, MARKETING);

    assertThat(hex(never)).isEqualTo(notGranted(BOB, SHOP, MARKETING));
    assertThat(hex(otherMerchant)).isEqualTo(notGranted(ALICE, SHOP, MARKETING));
    assertThat(chain.host.world().storageOf(token(id))).isEqualTo(before);
  }

  @Test
  void noRewardAfterTheConsentIsRevoked() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    grant(ALICE, SHOP, MARKETING, 0);
    chain.ok(ALICE, CONSENT, LoyaltyCalls.revokeConsent(SHOP, MARKETING));

    assertThat(hex(reward(id, SHOP, ALICE, MARKETING)))
        .isEqualTo(notGranted(ALICE, SHOP, MARKETING));
    assertThat(chain.balance(id, ALICE)).isZero();
  }

  @Test
  void rewardOnlyWhileTheConsentIsValid() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    long now = chain.host.block().timestampSeconds();
    grant(ALICE, SHOP, MARKETING, now + 100);
    grant(BOB, SHOP, MARKETING, now + 100);
    chain.host.advanceSeconds(99);

    Outcome lastSecond = reward(id, SHOP, ALICE, MARKETING);
    chain.host.advanceSeconds(1);
    Outcome expired = reward(id, SHOP, BOB, MARKETING);

    assertThat(lastSecond.succeeded()).isTrue();
    assertThat(hex(expired)).isEqualTo(notGranted(BOB, SHOP, MARKETING));
  }

  @Test
  void aConsentIsRewardedOnceEvenAfterWithdrawingAndGrantingAgain() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    grant(ALICE, SHOP, MARKETING, 0);
    chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, MARKETING));
    String duplicate =
        err(
            LoyaltyErrors.REF_ALREADY_USED,
            bytes32(ConsentReader.rewardRef(ALICE, SHOP, MARKETING)));

    Outcome again = reward(id, SHOP, ALICE, MARKETING);
    chain.ok(ALICE, CONSENT, LoyaltyCalls.revokeConsent(SHOP, MARKETING));
    chain.host.advanceSeconds(10);
    grant(ALICE, SHOP, MARKETING, 0);
    var before = chain.host.world().storageOf(token(id));
    Outcome afterRegrant = reward(id, SHOP, ALICE, MARKETING);

    assertThat(hex(again)).isEqualTo(duplicate);
    assertThat(hex(afterRegrant)).isEqualTo(duplicate);
    assertThat(chain.host.world().storageOf(token(id))).isEqualTo(before);
    assertThat(chain.balance(id, ALICE)).isEqualTo(10);
  }

  @Test
  void eachMerchantAndPurposeIsASeparateConsentAndTheRefCannotBeReusedByAward() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP2));
    grant(ALICE, SHOP, MARKETING, 0);
    grant(ALICE, SHOP, ANALYTICS, 0);
    grant(ALICE, SHOP2, MARKETING, 0);

    chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, MARKETING));
    chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, ANALYTICS));
    chain.ok(SHOP2, token(id), LoyaltyCalls.rewardConsent(ALICE, MARKETING));
    Word ref = ConsentReader.rewardRef(ALICE, SHOP, MARKETING);
    Outcome award = chain.call(SHOP, token(id), LoyaltyCalls.award(ALICE, 5, ref));

    assertThat(chain.balance(id, ALICE)).isEqualTo(30);
    assertThat(hex(award)).isEqualTo(err(LoyaltyErrors.REF_ALREADY_USED, bytes32(ref)));
  }

  @Test
  void onlyAShopAuthorisedForTheProgramRewards() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    grant(ALICE, SHOP2, MARKETING, 0);
    grant(ALICE, BRAND2, MARKETING, 0);

    Outcome unauthorisedShop = reward(id, SHOP2, ALICE, MARKETING);
    Outcome brandOfAnotherProgram = reward(id, BRAND2, ALICE, MARKETING);
    Outcome member = reward(id, ALICE, ALICE, MARKETING);

    assertThat(hex(unauthorisedShop))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(SHOP2)));
    assertThat(hex(brandOfAnotherProgram))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(BRAND2)));
    assertThat(hex(member))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(ALICE)));
    assertThat(chain.supply(id)).isZero();
  }

  @Test
  void aDeauthorisedShopNoLongerRewards() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    grant(ALICE, SHOP, MARKETING, 0);
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.deauthoriseShop(id, SHOP));

    assertThat(hex(reward(id, SHOP, ALICE, MARKETING)))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(SHOP)));
  }

  @Test
  void noRewardWhenTheProgramSetNone() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    grant(ALICE, SHOP, MARKETING, 0);

    assertThat(hex(reward(id, SHOP, ALICE, MARKETING)))
        .isEqualTo(err(LoyaltyErrors.CONSENT_REWARD_NOT_SET, uint256(id)));
    chain.ok(ADMIN, REGISTRY, LoyaltyCalls.setConsentReward(id, 5));
    assertThat(reward(id, SHOP, ALICE, MARKETING).succeeded()).isTrue();
  }

  @Test
  void rewardsCountTowardsTheShopsDailyCapAndTheMembersMaxBalance() {
    long id = programRewarding(60, NewProgram.coteriePoints().withCaps(100, 70));
    grant(ALICE, SHOP, MARKETING, 0);
    grant(BOB, SHOP, MARKETING, 0);
    chain.award(id, BOB, 20, "order");
    long day = chain.host.block().timestampSeconds() / 86_400;

    chain.ok(SHOP, token(id), LoyaltyCalls.rewardConsent(ALICE, MARKETING));
    Outcome overCap = reward(id, SHOP, BOB, MARKETING);
    chain.host.advanceSeconds(86_400);
    Outcome overMax = reward(id, SHOP, BOB, MARKETING);
    chain.ok(BOB, token(id), LoyaltyCalls.redeem(15, LoyaltyCalls.ref("r")));
    Outcome fits = reward(id, SHOP, BOB, MARKETING);

    assertThat(hex(overCap))
        .isEqualTo(
            err(
                LoyaltyErrors.DAILY_CAP_EXCEEDED,
                address(SHOP),
                uint256(day),
                uint256(80),
                uint256(60),
                uint256(100)));
    assertThat(hex(overMax))
        .isEqualTo(
            err(
                LoyaltyErrors.MAX_BALANCE_EXCEEDED,
                address(BOB),
                uint256(20),
                uint256(60),
                uint256(70)));
    assertThat(fits.succeeded()).isTrue();
    assertThat(chain.balance(id, BOB)).isEqualTo(65);
  }

  @Test
  void malformedCalldataAndStaticCallsRevertWithStandardErrors() {
    long id = programRewarding(10, NewProgram.coteriePoints());
    grant(ALICE, SHOP, MARKETING, 0);
    byte[] call = LoyaltyCalls.rewardConsent(ALICE, MARKETING);
    byte[] shortCall = Arrays.copyOf(call, call.length - 1);

    Outcome malformed = chain.call(SHOP, token(id), shortCall);
    Outcome readOnly = chain.host.staticCall(SHOP, token(id), call);

    assertThat(hex(malformed)).isEqualTo(err(StandardErrors.MALFORMED_CALLDATA));
    assertThat(hex(readOnly))
        .isEqualTo(
            err(
                StandardErrors.WRITE_IN_STATIC_CALL,
                AbiValues.bytes4(Selector.of("rewardConsent(address,bytes32)"))));
    assertThat(chain.balance(id, ALICE)).isZero();
  }

  private static byte[] set(long id, long amount) {
    return LoyaltyCalls.setConsentReward(id, amount);
  }

  private long uintView(long id, byte[] call) {
    return LoyaltyCalls.decodeUint(chain.view(token(id), call)).longValueExact();
  }

  private static String notGranted(ChainAddress member, ChainAddress merchant, Word purpose) {
    return err(
        LoyaltyErrors.CONSENT_NOT_GRANTED, address(member), address(merchant), bytes32(purpose));
  }

  private static String uintHex(long v) {
    return Numeric.toHexString(AbiValues.encode(uint256(v)));
  }

  @SuppressWarnings("rawtypes")
  private static String err(SolidityError error, Type... args) {
    return Numeric.toHexString(error.encode(args));
  }
}
