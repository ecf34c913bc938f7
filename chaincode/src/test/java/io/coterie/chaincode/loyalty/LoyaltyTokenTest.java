package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ADMIN;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.ALICE;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BOB;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.BRAND2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.CAROL;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.GOVERNOR;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.REGISTRY;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.hex;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld.LogEntry;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

class LoyaltyTokenTest {
  private static final Word TRANSFER = Word.keccak("Transfer(address,address,uint256)");
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private final LoyaltyFixture chain = new LoyaltyFixture();

  @Test
  void tokenSpeaksErc20Metadata() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());

    assertThat(Numeric.toHexString(chain.view(token(id), LoyaltyCalls.name())))
        .isEqualTo(Numeric.toHexString(AbiValues.encode(AbiValues.string("Coterie Points"))));
    assertThat(Numeric.toHexString(chain.view(token(id), LoyaltyCalls.symbol())))
        .isEqualTo(Numeric.toHexString(AbiValues.encode(AbiValues.string("CPT"))));
    assertThat(LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.decimals())))
        .isEqualTo(18);
    assertThat(chain.supply(id)).isZero();
  }

  @Test
  void addressOfAMissingProgramRevertsWithProgramNotFound() {
    Outcome outcome = chain.call(ALICE, token(5), LoyaltyCalls.balanceOf(ALICE));

    assertThat(hex(outcome)).isEqualTo(err(LoyaltyErrors.PROGRAM_NOT_FOUND, address(token(5))));
  }

  @Test
  void tokenRangeEndsBelowTheMembershipCollections() {
    LoyaltyTokenPrecompile tokens =
        new LoyaltyTokenPrecompile(
            new io.coterie.chaincode.roles.RolesReader(),
            new io.coterie.chaincode.consent.ConsentReader());

    assertThat(tokens.serves(ChainAddress.of(0x1fff))).isFalse();
    assertThat(tokens.serves(ChainAddress.of(0x2000))).isTrue();
    assertThat(tokens.serves(ChainAddress.of(0x2fff))).isTrue();
    assertThat(tokens.serves(ChainAddress.of(0x3000))).isFalse();
  }

  @Test
  void authorisedShopAwardsPointsWithTransferAndAwardedEvents() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    Word ref = LoyaltyCalls.ref("order-1");

    Outcome outcome = chain.ok(SHOP, token(id), LoyaltyCalls.award(ALICE, 250, ref));

    assertThat(outcome.logs())
        .containsExactly(
            new LogEntry(
                token(id), java.util.List.of(TRANSFER, Word.ZERO, Word.of(ALICE)), uintHex(250)),
            new LogEntry(
                token(id),
                java.util.List.of(
                    Word.keccak("Awarded(address,address,bytes32,uint256)"),
                    Word.of(SHOP),
                    Word.of(ALICE),
                    ref),
                uintHex(250)));
    assertThat(chain.balance(id, ALICE)).isEqualTo(250);
    assertThat(chain.supply(id)).isEqualTo(250);
    assertThat(LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.lifetimeEarned(ALICE))))
        .isEqualTo(250);
  }

  @Test
  void aRepeatedRefRevertsAndChangesNothing() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    chain.award(id, ALICE, 10, "order-1");
    var before = chain.host.world().storageOf(token(id));

    Outcome again = chain.award(id, BOB, 10, "order-1");

    assertThat(hex(again))
        .isEqualTo(err(LoyaltyErrors.REF_ALREADY_USED, bytes32(LoyaltyCalls.ref("order-1"))));
    assertThat(chain.host.world().storageOf(token(id))).isEqualTo(before);
  }

  @Test
  void unauthorisedShopsAndMembersCannotAward() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());

    Outcome byOtherShop =
        chain.call(SHOP2, token(id), LoyaltyCalls.award(ALICE, 1, LoyaltyCalls.ref("x")));
    Outcome byMember =
        chain.call(ALICE, token(id), LoyaltyCalls.award(ALICE, 1, LoyaltyCalls.ref("x")));
    Outcome zero = chain.award(id, ALICE, 0, "zero");

    assertThat(hex(byOtherShop))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(SHOP2)));
    assertThat(hex(byMember))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(ALICE)));
    assertThat(hex(zero)).isEqualTo(err(LoyaltyErrors.ZERO_AMOUNT));
  }

  @Test
  void dailyCapLimitsAShopPerUtcDayAndResetsTheNextDay() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withCaps(100, 0));
    chain.award(id, ALICE, 60, "a");
    long day = chain.host.block().timestampSeconds() / 86_400;

    Outcome over = chain.award(id, BOB, 41, "b");
    chain.host.advanceSeconds(86_400);
    Outcome nextDay = chain.award(id, BOB, 100, "c");

    assertThat(hex(over))
        .isEqualTo(
            err(
                LoyaltyErrors.DAILY_CAP_EXCEEDED,
                address(SHOP),
                uint256(day),
                uint256(60),
                uint256(41),
                uint256(100)));
    assertThat(nextDay.succeeded()).isTrue();
  }

  @Test
  void maxBalanceHoldsForAwardsAndTransfers() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withCaps(0, 100));
    chain.award(id, ALICE, 80, "a");
    chain.award(id, BOB, 50, "b");

    Outcome award = chain.award(id, ALICE, 21, "c");
    Outcome transfer = chain.call(BOB, token(id), LoyaltyCalls.transfer(ALICE, 21));

    String expected =
        err(
            LoyaltyErrors.MAX_BALANCE_EXCEEDED,
            address(ALICE),
            uint256(80),
            uint256(21),
            uint256(100));
    assertThat(hex(award)).isEqualTo(expected);
    assertThat(hex(transfer)).isEqualTo(expected);
    assertThat(chain.award(id, ALICE, 20, "d").succeeded()).isTrue();
  }

  @Test
  void transferMovesPointsAndFollowsOzErrors() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    chain.award(id, ALICE, 100, "a");

    Outcome ok = chain.ok(ALICE, token(id), LoyaltyCalls.transfer(BOB, 30));
    Outcome tooMuch = chain.call(ALICE, token(id), LoyaltyCalls.transfer(BOB, 71));
    Outcome toZero = chain.call(ALICE, token(id), LoyaltyCalls.transfer(ChainAddress.ZERO, 1));

    assertThat(LoyaltyCalls.decodeUint(ok.result().data())).isEqualTo(1);
    assertThat(ok.logs())
        .containsExactly(
            new LogEntry(
                token(id), java.util.List.of(TRANSFER, Word.of(ALICE), Word.of(BOB)), uintHex(30)));
    assertThat(hex(tooMuch))
        .isEqualTo(
            err(
                LoyaltyErrors.ERC20_INSUFFICIENT_BALANCE,
                address(ALICE),
                uint256(70),
                uint256(71)));
    assertThat(hex(toZero))
        .isEqualTo(err(LoyaltyErrors.ERC20_INVALID_RECEIVER, address(ChainAddress.ZERO)));
    assertThat(chain.balance(id, ALICE)).isEqualTo(70);
    assertThat(chain.balance(id, BOB)).isEqualTo(30);
    assertThat(chain.supply(id)).isEqualTo(100);
  }

  @Test
  void approveAndTransferFromSpendTheAllowanceExceptTheInfiniteOne() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    chain.award(id, ALICE, 100, "a");

    Outcome approve = chain.ok(ALICE, token(id), LoyaltyCalls.approve(BOB, BigInteger.valueOf(40)));
    Outcome over = chain.call(BOB, token(id), LoyaltyCalls.transferFrom(ALICE, CAROL, 41));
    chain.ok(BOB, token(id), LoyaltyCalls.transferFrom(ALICE, CAROL, 15));

    assertThat(approve.logs().get(0).topics())
        .containsExactly(
            Word.keccak("Approval(address,address,uint256)"), Word.of(ALICE), Word.of(BOB));
    assertThat(hex(over))
        .isEqualTo(
            err(
                LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE,
                address(BOB),
                uint256(40),
                uint256(41)));
    assertThat(LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.allowance(ALICE, BOB))))
        .isEqualTo(25);

    chain.ok(ALICE, token(id), LoyaltyCalls.approve(BOB, MAX));
    Outcome infinite = chain.ok(BOB, token(id), LoyaltyCalls.transferFrom(ALICE, CAROL, 50));

    assertThat(infinite.logs()).hasSize(1);
    assertThat(LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.allowance(ALICE, BOB))))
        .isEqualTo(MAX);
    assertThat(chain.balance(id, CAROL)).isEqualTo(65);
    assertThat(
            hex(
                chain.call(
                    ALICE, token(id), LoyaltyCalls.approve(ChainAddress.ZERO, BigInteger.ONE))))
        .isEqualTo(err(LoyaltyErrors.ERC20_INVALID_SPENDER, address(ChainAddress.ZERO)));
  }

  @Test
  void nonTransferableProgramRevertsTransfersButStillRedeems() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().nonTransferable());
    chain.award(id, ALICE, 100, "a");
    chain.ok(ALICE, token(id), LoyaltyCalls.approve(BOB, BigInteger.TEN));

    Outcome transfer = chain.call(ALICE, token(id), LoyaltyCalls.transfer(BOB, 1));
    Outcome transferFrom = chain.call(BOB, token(id), LoyaltyCalls.transferFrom(ALICE, BOB, 1));
    Outcome redeem = chain.call(ALICE, token(id), LoyaltyCalls.redeem(10, LoyaltyCalls.ref("r")));

    assertThat(hex(transfer)).isEqualTo(err(LoyaltyErrors.TRANSFERS_DISABLED, uint256(id)));
    assertThat(hex(transferFrom)).isEqualTo(err(LoyaltyErrors.TRANSFERS_DISABLED, uint256(id)));
    assertThat(redeem.succeeded()).isTrue();
  }

  @Test
  void redeemBurnsAndEmitsRedeemedWithAOneTimeRef() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    chain.award(id, ALICE, 100, "a");
    Word ref = LoyaltyCalls.ref("voucher-7");

    Outcome redeem = chain.ok(ALICE, token(id), LoyaltyCalls.redeem(40, ref));
    Outcome again = chain.call(ALICE, token(id), LoyaltyCalls.redeem(10, ref));
    Outcome tooMuch = chain.call(ALICE, token(id), LoyaltyCalls.redeem(61, LoyaltyCalls.ref("v8")));

    assertThat(redeem.logs())
        .containsExactly(
            new LogEntry(
                token(id), java.util.List.of(TRANSFER, Word.of(ALICE), Word.ZERO), uintHex(40)),
            new LogEntry(
                token(id),
                java.util.List.of(
                    Word.keccak("Redeemed(address,uint256,bytes32)"), Word.of(ALICE), ref),
                uintHex(40)));
    assertThat(hex(again)).isEqualTo(err(LoyaltyErrors.REF_ALREADY_USED, bytes32(ref)));
    assertThat(hex(tooMuch))
        .isEqualTo(
            err(
                LoyaltyErrors.ERC20_INSUFFICIENT_BALANCE,
                address(ALICE),
                uint256(60),
                uint256(61)));
    assertThat(chain.supply(id)).isEqualTo(60);
  }

  @Test
  void behaviourRewardsPayBrandSetAmountsOncePerId() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withRewards(50, 20, 0, 30));
    Word review = LoyaltyCalls.ref("review-1");

    Outcome byShop = chain.ok(SHOP, token(id), LoyaltyCalls.rewardBehaviour(ALICE, 1, review));
    Outcome byBrand =
        chain.ok(
            ADMIN, token(id), LoyaltyCalls.rewardBehaviour(ALICE, 3, LoyaltyCalls.ref("post-1")));
    Outcome repeated = chain.call(SHOP, token(id), LoyaltyCalls.rewardBehaviour(BOB, 1, review));
    Outcome disabled = chain.call(SHOP, token(id), LoyaltyCalls.rewardBehaviour(BOB, 2, review));
    Outcome unknown = chain.call(SHOP, token(id), LoyaltyCalls.rewardBehaviour(BOB, 4, review));
    Outcome byMember = chain.call(BOB, token(id), LoyaltyCalls.rewardBehaviour(BOB, 0, review));

    assertThat(byShop.logs().get(1).topics())
        .containsExactly(
            Word.keccak("BehaviourRewarded(address,uint8,bytes32,uint256)"),
            Word.of(ALICE),
            Word.of(1),
            review);
    assertThat(byBrand.succeeded()).isTrue();
    assertThat(chain.balance(id, ALICE)).isEqualTo(50);
    assertThat(hex(repeated))
        .isEqualTo(err(LoyaltyErrors.BEHAVIOUR_ALREADY_REWARDED, new Uint8(1), bytes32(review)));
    assertThat(hex(disabled)).isEqualTo(err(LoyaltyErrors.BEHAVIOUR_NOT_REWARDED, new Uint8(2)));
    assertThat(hex(unknown)).isEqualTo(err(LoyaltyErrors.UNKNOWN_BEHAVIOUR, new Uint8(4)));
    assertThat(hex(byMember))
        .isEqualTo(err(LoyaltyErrors.SHOP_NOT_AUTHORISED, uint256(id), address(BOB)));
  }

  @Test
  void tiersFollowLifetimeEarnedNotTheCurrentBalance() {
    long id = chain.devnetProgram(NewProgram.coteriePoints().withTiers(100L, 500L));
    chain.award(id, ALICE, 99, "a");
    assertThat(tier(id, ALICE)).isZero();

    chain.award(id, ALICE, 1, "b");
    chain.ok(ALICE, token(id), LoyaltyCalls.redeem(100, LoyaltyCalls.ref("r")));
    assertThat(tier(id, ALICE)).isEqualTo(1);

    chain.award(id, ALICE, 400, "c");
    assertThat(tier(id, ALICE)).isEqualTo(2);
    chain.ok(ALICE, token(id), LoyaltyCalls.transfer(BOB, 400));
    assertThat(tier(id, BOB)).isZero();
  }

  @Test
  void exchangeBurnsHereAndMintsThereAtTheGovernanceRateRoundingDown() {
    long cpt = chain.devnetProgram(NewProgram.coteriePoints());
    long other = chain.createProgram(BRAND2, NewProgram.coteriePoints().named("Other", "OTH"));
    chain.award(cpt, ALICE, 100, "a");

    Outcome unset = chain.call(ALICE, token(cpt), LoyaltyCalls.exchange(other, 10));
    chain.ok(GOVERNOR, REGISTRY, LoyaltyCalls.setExchangeRate(cpt, other, 2, 3));
    Outcome tooSmall = chain.call(ALICE, token(cpt), LoyaltyCalls.exchange(other, 1));
    Outcome exchange = chain.ok(ALICE, token(cpt), LoyaltyCalls.exchange(other, 10));

    assertThat(hex(unset))
        .isEqualTo(err(LoyaltyErrors.EXCHANGE_RATE_UNSET, uint256(cpt), uint256(other)));
    assertThat(hex(tooSmall))
        .isEqualTo(err(LoyaltyErrors.EXCHANGE_AMOUNT_TOO_SMALL, uint256(1), uint256(0)));
    assertThat(exchange.logs())
        .containsExactly(
            new LogEntry(
                token(cpt), java.util.List.of(TRANSFER, Word.of(ALICE), Word.ZERO), uintHex(10)),
            new LogEntry(
                token(other), java.util.List.of(TRANSFER, Word.ZERO, Word.of(ALICE)), uintHex(6)),
            new LogEntry(
                token(cpt),
                java.util.List.of(
                    Word.keccak("Exchanged(address,uint256,uint256,uint256)"),
                    Word.of(ALICE),
                    Word.of(other)),
                Numeric.toHexString(AbiValues.encode(uint256(10), uint256(6)))));
    assertThat(chain.balance(cpt, ALICE)).isEqualTo(90);
    assertThat(chain.balance(other, ALICE)).isEqualTo(6);
    assertThat(chain.supply(other)).isEqualTo(6);
    assertThat(hex(chain.call(ALICE, token(cpt), LoyaltyCalls.exchange(9, 1))))
        .isEqualTo(err(LoyaltyErrors.UNKNOWN_PROGRAM, uint256(9)));
  }

  @Test
  void overflowingTheSupplyPanicsLikeSolidity() {
    long id = chain.devnetProgram(NewProgram.coteriePoints());
    chain.ok(
        SHOP,
        token(id),
        AbiCalls.fn(
            "award",
            AbiCalls.addr(ALICE),
            new org.web3j.abi.datatypes.generated.Uint256(MAX),
            new org.web3j.abi.datatypes.generated.Bytes32(LoyaltyCalls.ref("a").bytes())));

    Outcome overflow = chain.award(id, BOB, 1, "b");

    assertThat(hex(overflow)).isEqualTo(Numeric.toHexString(SolidityError.panic(0x11)));
  }

  private long tier(long id, ChainAddress member) {
    return LoyaltyCalls.decodeUint(chain.view(token(id), LoyaltyCalls.tierOf(member)))
        .longValueExact();
  }

  private static String uintHex(long v) {
    return Numeric.toHexString(AbiValues.encode(uint256(v)));
  }

  @SuppressWarnings("rawtypes")
  private static String err(io.coterie.chaincode.abi.SolidityError error, Type... args) {
    return Numeric.toHexString(error.encode(args));
  }
}
