package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;
import static io.coterie.chaincode.farmshare.FarmShareFixture.ALICE;
import static io.coterie.chaincode.farmshare.FarmShareFixture.BOB;
import static io.coterie.chaincode.farmshare.FarmShareFixture.DAY;
import static io.coterie.chaincode.farmshare.FarmShareFixture.FARM;
import static io.coterie.chaincode.farmshare.FarmShareFixture.FARM_PREFIX;
import static io.coterie.chaincode.farmshare.FarmShareFixture.OTHER_FARM;
import static io.coterie.chaincode.farmshare.FarmShareFixture.OTHER_PREFIX;
import static io.coterie.chaincode.farmshare.FarmShareFixture.SHARES;
import static io.coterie.chaincode.farmshare.FarmShareFixture.gtin;
import static io.coterie.chaincode.farmshare.FarmShareFixture.reverted;
import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.b32;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.loyalty.LoyaltyErrors;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.InMemoryWorld;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/** Every function of the farm shares precompile and every revert it documents. */
class FarmSharesTest {
  private final FarmShareFixture f = new FarmShareFixture();

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  private static void assertError(byte[] revert, SolidityError error) {
    assertThat(Arrays.copyOf(revert, 4)).isEqualTo(error.selector().bytes());
  }

  private static String reason(byte[] revert) {
    List<Type> out =
        AbiCalls.decode(
            Arrays.copyOfRange(revert, 4, revert.length),
            new TypeReference<Uint256>() {},
            new TypeReference<Utf8String>() {});
    return (String) out.get(1).getValue();
  }

  private List<InMemoryWorld.LogEntry> logsOf(Word topic0) {
    return f.chain.host.world().logs().stream()
        .filter(l -> l.emitter().equals(SHARES) && l.topics().get(0).equals(topic0))
        .toList();
  }

  // offerSeason / offerSeasonByInterval

  @Test
  @SuppressWarnings("rawtypes")
  void aFarmOffersASeasonWithItsDeliveryDates() {
    long start = f.now() + DAY;
    f.ok(
        FARM,
        FarmShareCalls.offerSeason(
            7, "Autumn roots", 20, f.program, 30, start, List.of(start, start + 3 * DAY)));

    List<Type> season =
        AbiCalls.decode(
            f.view(FarmShareCalls.season(7)),
            new TypeReference<Address>() {},
            new TypeReference<Utf8String>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint64>() {},
            new TypeReference<Uint256>() {});
    assertThat(season.get(0).getValue()).isEqualTo(FARM.toHex());
    assertThat(season.stream().skip(1).map(Type::getValue).toList())
        .containsExactly(
            "Autumn roots", big(20), big(0), big(f.program), big(30), big(start), big(2));
    FarmShareCalls.Schedule schedule =
        FarmShareCalls.decodeSchedule(f.view(FarmShareCalls.deliverySchedule(7)));
    assertThat(schedule.plannedAt()).containsExactly(start, start + 3 * DAY);
    assertThat(schedule.lotIds()).containsExactly(Word.ZERO, Word.ZERO);
    assertThat(schedule.deliveredAt()).containsExactly(0L, 0L);
    List<InMemoryWorld.LogEntry> offered = logsOf(FarmShareEvents.SEASON_OFFERED.topic0());
    assertThat(offered).hasSize(1);
    assertThat(offered.get(0).topics())
        .containsExactly(FarmShareEvents.SEASON_OFFERED.topic0(), Word.of(7), Word.of(FARM));
  }

  @Test
  void anIntervalScheduleStartsAtTheSeasonStart() {
    long start = f.offer(1, 10, 50, 4);

    assertThat(
            FarmShareCalls.decodeSchedule(f.view(FarmShareCalls.deliverySchedule(1))).plannedAt())
        .containsExactly(start, start + 7 * DAY, start + 14 * DAY, start + 21 * DAY);
  }

  @Test
  void onlyFarmsOffer() {
    long start = f.now() + DAY;
    byte[] revert =
        reverted(
            f.call(
                ALICE,
                FarmShareCalls.offerSeason(1, "Box", 5, f.program, 10, start, List.of(start))));

    assertThat(revert)
        .isEqualTo(
            FarmShareErrors.UNAUTHORIZED_ACCOUNT.encode(
                address(ALICE), bytes32(StandardRoles.FARM_ROLE)));
  }

  @Test
  void aSeasonIdIsOfferedOnce() {
    f.offer(1, 10, 50, 2);
    long start = f.now() + DAY;

    assertThat(
            reverted(
                f.call(
                    OTHER_FARM,
                    FarmShareCalls.offerSeason(
                        1, "Mine", 5, f.program, 10, start, List.of(start)))))
        .isEqualTo(FarmShareErrors.SEASON_EXISTS.encode(uint256(1), address(FARM)));
  }

  @Test
  void badTermsAreRefusedSayingWhatToFix() {
    long now = f.now();
    long start = now + DAY;
    assertThat(invalidOffer("", 5, start, List.of(start))).contains("name the season");
    assertThat(invalidOffer("x".repeat(65), 5, start, List.of(start))).contains("1 to 64 bytes");
    assertThat(invalidOffer("Box", 0, start, List.of(start))).contains("at least 1 share");
    assertThat(invalidOffer("Box", 5, now, List.of(now))).contains("start after the current block");
    assertThat(invalidOffer("Box", 5, start, List.of())).contains("plan 1 to 52 deliveries, not 0");
    assertThat(
            invalidOffer(
                "Box", 5, start, LongStream.range(0, 53).map(i -> start + i).boxed().toList()))
        .contains("not 53");
    assertThat(invalidOffer("Box", 5, start, List.of(start - 1)))
        .contains("before the season start");
    assertThat(invalidOffer("Box", 5, start, List.of(start, start))).contains("ascend strictly");
    assertThat(
            reason(
                reverted(
                    f.call(
                        FARM,
                        FarmShareCalls.offerSeasonByInterval(
                            1, "Box", 5, f.program, 10, start, 2, 0)))))
        .contains("interval above 0");
    assertThat(
            reason(
                reverted(
                    f.call(
                        FARM,
                        FarmShareCalls.offerSeasonByInterval(
                            1, "Box", 5, f.program, 10, start, 0, DAY)))))
        .contains("not 0");
  }

  private String invalidOffer(String name, long shares, long start, List<Long> dates) {
    byte[] revert =
        reverted(
            f.call(FARM, FarmShareCalls.offerSeason(1, name, shares, f.program, 10, start, dates)));
    assertError(revert, FarmShareErrors.INVALID_SEASON);
    return reason(revert);
  }

  @Test
  void sharesArePricedAboveZeroInATransferableProgram() {
    long start = f.now() + DAY;
    long locked = f.chain.createProgram("Locked Points", false, 0);
    assertThat(paymentRefusal(f.program, 0, start)).contains("price above 0");
    assertThat(paymentRefusal(999, 10, start)).contains("no such loyalty program");
    assertThat(paymentRefusal(locked, 10, start)).contains("cannot be transferred");
  }

  private String paymentRefusal(long program, long price, long start) {
    byte[] revert =
        reverted(
            f.call(
                FARM,
                FarmShareCalls.offerSeason(1, "Box", 5, program, price, start, List.of(start))));
    assertError(revert, FarmShareErrors.INVALID_SEASON_PAYMENT);
    List<Type> out =
        AbiCalls.decode(
            Arrays.copyOfRange(revert, 4, revert.length),
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Utf8String>() {});
    return (String) out.get(2).getValue();
  }

  // subscribe / subscribeWithPermit

  @Test
  void aMemberSubscribesAndTheFarmReceivesPriceTimesShares() {
    f.offer(1, 10, 50, 2);
    f.fund(ALICE, 200);

    byte[] held = f.ok(ALICE, FarmShareCalls.subscribe(1, 3));

    assertThat(AbiCalls.uint(held)).isEqualTo(3);
    assertThat(f.points(FARM)).isEqualTo(150);
    assertThat(f.points(ALICE)).isEqualTo(50);
    assertThat(f.sharesOf(1, ALICE)).isEqualTo(3);
    f.ok(ALICE, FarmShareCalls.subscribe(1, 1));
    assertThat(f.sharesOf(1, ALICE)).isEqualTo(4);
    assertThat(logsOf(FarmShareEvents.SHARES_SUBSCRIBED.topic0())).hasSize(2);
  }

  @Test
  void subscribingWithAPermitNeedsNoApproval() {
    f.offer(1, 10, 50, 2);
    f.chain.award(f.program, ALICE, 100);
    long deadline = f.now() + 600;

    f.ok(ALICE, FarmShareCalls.subscribeWithPermit(1, 2, deadline, f.permit(0, 100, deadline)));

    assertThat(f.sharesOf(1, ALICE)).isEqualTo(2);
    assertThat(f.points(FARM)).isEqualTo(100);
  }

  @Test
  void aPermitForTooLittleRevertsAndSellsNothing() {
    f.offer(1, 10, 50, 2);
    f.chain.award(f.program, ALICE, 100);
    long deadline = f.now() + 600;

    reverted(
        f.call(
            ALICE, FarmShareCalls.subscribeWithPermit(1, 2, deadline, f.permit(0, 99, deadline))));

    assertThat(f.sharesOf(1, ALICE)).isZero();
    assertThat(f.points(ALICE)).isEqualTo(100);
  }

  @Test
  void withoutAllowanceTheTokensErrorComesBackAndNothingChanges() {
    f.offer(1, 10, 50, 2);
    f.chain.award(f.program, ALICE, 100);

    byte[] revert = reverted(f.call(ALICE, FarmShareCalls.subscribe(1, 1)));

    assertThat(revert)
        .isEqualTo(
            LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE.encode(
                address(SHARES), uint256(0), uint256(50)));
    assertThat(f.sharesOf(1, ALICE)).isZero();
  }

  @Test
  void onlyMembersSubscribe() {
    f.offer(1, 10, 50, 2);

    assertThat(reverted(f.call(OUTSIDER, FarmShareCalls.subscribe(1, 1))))
        .isEqualTo(
            FarmShareErrors.UNAUTHORIZED_ACCOUNT.encode(
                address(OUTSIDER), bytes32(StandardRoles.MEMBER_ROLE)));
  }

  @Test
  void subscribingRefusesUnknownSeasonsZeroSharesAndMoreThanAvailable() {
    f.offer(1, 3, 50, 2);
    f.fund(ALICE, 500);
    assertThat(reverted(f.call(ALICE, FarmShareCalls.subscribe(9, 1))))
        .isEqualTo(FarmShareErrors.UNKNOWN_SEASON.encode(uint256(9)));
    assertThat(reverted(f.call(ALICE, FarmShareCalls.subscribe(1, 0))))
        .isEqualTo(FarmShareErrors.INVALID_SHARE_COUNT.encode(uint256(1), uint256(0)));
    f.ok(ALICE, FarmShareCalls.subscribe(1, 2));
    assertThat(reverted(f.call(ALICE, FarmShareCalls.subscribe(1, 2))))
        .isEqualTo(FarmShareErrors.SHARES_SOLD_OUT.encode(uint256(1), uint256(2), uint256(1)));
  }

  @Test
  void subscriptionsCloseWhenTheSeasonStarts() {
    long start = f.offer(1, 10, 50, 2);
    f.fund(ALICE, 100);
    f.startSeason(start);

    assertThat(reverted(f.call(ALICE, FarmShareCalls.subscribe(1, 1))))
        .isEqualTo(FarmShareErrors.SUBSCRIPTIONS_CLOSED.encode(uint256(1), new Uint64(start)));
  }

  // refund

  @Test
  void theFarmRefundsBeforeTheStartAndTheSharesAreFreed() {
    f.offer(1, 2, 50, 2);
    f.fund(ALICE, 100);
    f.ok(ALICE, FarmShareCalls.subscribe(1, 2));
    f.approve(FARM, 100);

    byte[] points = f.ok(FARM, FarmShareCalls.refund(1, ALICE));

    assertThat(AbiCalls.uint(points)).isEqualTo(100);
    assertThat(f.points(ALICE)).isEqualTo(100);
    assertThat(f.points(FARM)).isZero();
    assertThat(f.sharesOf(1, ALICE)).isZero();
    assertThat(logsOf(FarmShareEvents.SHARES_REFUNDED.topic0())).hasSize(1);
    f.fund(BOB, 100);
    f.ok(BOB, FarmShareCalls.subscribe(1, 2));
  }

  @Test
  void refundsAreRefusedAfterTheStart() {
    long start = f.offer(1, 2, 50, 2);
    f.fund(ALICE, 100);
    f.ok(ALICE, FarmShareCalls.subscribe(1, 1));
    f.approve(FARM, 100);
    f.startSeason(start + 5);

    assertThat(reverted(f.call(FARM, FarmShareCalls.refund(1, ALICE))))
        .isEqualTo(
            FarmShareErrors.SEASON_STARTED.encode(
                uint256(1), new Uint64(start), new Uint64(start + 5)));
    assertThat(f.sharesOf(1, ALICE)).isEqualTo(1);
  }

  @Test
  void refundsAreTheSeasonFarmsAndNeedSharesAndTheFarmsApproval() {
    f.offer(1, 2, 50, 2);
    f.fund(ALICE, 100);
    assertThat(reverted(f.call(FARM, FarmShareCalls.refund(9, ALICE))))
        .isEqualTo(FarmShareErrors.UNKNOWN_SEASON.encode(uint256(9)));
    assertThat(reverted(f.call(OTHER_FARM, FarmShareCalls.refund(1, ALICE))))
        .isEqualTo(
            FarmShareErrors.NOT_SEASON_FARM.encode(uint256(1), address(OTHER_FARM), address(FARM)));
    assertThat(reverted(f.call(FARM, FarmShareCalls.refund(1, ALICE))))
        .isEqualTo(FarmShareErrors.NO_SHARES.encode(uint256(1), address(ALICE)));
    f.ok(ALICE, FarmShareCalls.subscribe(1, 1));
    assertError(
        reverted(f.call(FARM, FarmShareCalls.refund(1, ALICE))),
        LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE);
    assertThat(f.sharesOf(1, ALICE)).isEqualTo(1);
  }

  // deliver and the member's views

  @Test
  void aDeliveryIsBoundToTheFarmsLotAndListedForItsMembers() {
    long start = f.offer(1, 5, 50, 3);
    f.fund(ALICE, 50);
    f.ok(ALICE, FarmShareCalls.subscribe(1, 1));
    Word lot = f.commission(FARM, gtin(FARM_PREFIX, "00001"), "W1");
    f.startSeason(start);

    f.ok(FARM, FarmShareCalls.deliver(1, 1, lot));

    assertThat(FarmShareCalls.decodeDeliveriesOf(f.view(FarmShareCalls.deliveriesOf(1, ALICE))))
        .containsExactly(new FarmShareCalls.Delivered(1, lot));
    assertThat(FarmShareCalls.decodeDeliveriesOf(f.view(FarmShareCalls.deliveriesOf(1, BOB))))
        .isEmpty();
    FarmShareCalls.Schedule schedule =
        FarmShareCalls.decodeSchedule(f.view(FarmShareCalls.deliverySchedule(1)));
    assertThat(schedule.lotIds()).containsExactly(Word.ZERO, lot, Word.ZERO);
    assertThat(schedule.deliveredAt()).containsExactly(0L, start, 0L);
    List<InMemoryWorld.LogEntry> recorded = logsOf(FarmShareEvents.DELIVERY_RECORDED.topic0());
    assertThat(recorded.get(0).topics())
        .containsExactly(FarmShareEvents.DELIVERY_RECORDED.topic0(), Word.of(1), Word.of(1), lot);
  }

  @Test
  void aLotUnderTheFarmsGtinCountsAsTheFarmsWhoeverCommissionedIt() {
    long start = f.offer(1, 5, 50, 1);
    f.registerPrefix(FARM_PREFIX, FARM);
    Word packed = f.commission(OTHER_FARM, gtin(FARM_PREFIX, "00002"), "P1");
    f.startSeason(start);

    f.ok(FARM, FarmShareCalls.deliver(1, 0, packed));
  }

  @Test
  void anotherFarmsLotIsRefusedNamingCreatorAndGtinOwner() {
    long start = f.offer(1, 5, 50, 1);
    f.registerPrefix(OTHER_PREFIX, OTHER_FARM);
    Word theirs = f.commission(OTHER_FARM, gtin(OTHER_PREFIX, "00003"), "X1");
    Word unregistered = f.commission(OTHER_FARM, gtin(FARM_PREFIX, "00004"), "X2");
    f.startSeason(start);

    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, theirs))))
        .isEqualTo(
            FarmShareErrors.LOT_NOT_FROM_FARM.encode(
                bytes32(theirs), address(FARM), address(OTHER_FARM), address(OTHER_FARM)));
    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, unregistered))))
        .isEqualTo(
            FarmShareErrors.LOT_NOT_FROM_FARM.encode(
                bytes32(unregistered),
                address(FARM),
                address(OTHER_FARM),
                address(ChainAddress.ZERO)));
  }

  @Test
  void unknownAndRecalledLotsAreRefused() {
    long start = f.offer(1, 5, 50, 1);
    Word lot = f.commission(FARM, gtin(FARM_PREFIX, "00005"), "R1");
    f.recall(FARM, lot);
    f.startSeason(start);
    Word unknown = Word.keccak("no such lot");

    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, unknown))))
        .isEqualTo(FarmShareErrors.UNKNOWN_LOT.encode(bytes32(unknown)));
    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, lot))))
        .isEqualTo(FarmShareErrors.LOT_RECALLED.encode(bytes32(lot)));
  }

  @Test
  void deliveriesAreTheSeasonFarmsOncePerPlannedDeliveryFromTheStart() {
    long start = f.offer(1, 5, 50, 2);
    Word lot = f.commission(FARM, gtin(FARM_PREFIX, "00006"), "D1");
    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(9, 0, lot))))
        .isEqualTo(FarmShareErrors.UNKNOWN_SEASON.encode(uint256(9)));
    assertThat(reverted(f.call(OTHER_FARM, FarmShareCalls.deliver(1, 0, lot))))
        .isEqualTo(
            FarmShareErrors.NOT_SEASON_FARM.encode(uint256(1), address(OTHER_FARM), address(FARM)));
    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 2, lot))))
        .isEqualTo(FarmShareErrors.UNKNOWN_DELIVERY.encode(uint256(1), uint256(2), uint256(2)));
    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, lot))))
        .isEqualTo(FarmShareErrors.SEASON_NOT_STARTED.encode(uint256(1), new Uint64(start)));
    f.startSeason(start);
    f.ok(FARM, FarmShareCalls.deliver(1, 0, lot));
    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, lot))))
        .isEqualTo(
            FarmShareErrors.DELIVERY_ALREADY_RECORDED.encode(uint256(1), uint256(0), bytes32(lot)));
  }

  @Test
  void aFarmThatLostItsRoleNoLongerDelivers() {
    long start = f.offer(1, 5, 50, 1);
    Word lot = f.commission(FARM, gtin(FARM_PREFIX, "00007"), "L1");
    f.chain.ok(
        ADMIN,
        StandardRoles.ROLES_ADDRESS,
        fn("revokeRole", b32(StandardRoles.FARM_ROLE), addr(FARM)));
    f.startSeason(start);

    assertThat(reverted(f.call(FARM, FarmShareCalls.deliver(1, 0, lot))))
        .isEqualTo(
            FarmShareErrors.UNAUTHORIZED_ACCOUNT.encode(
                address(FARM), bytes32(StandardRoles.FARM_ROLE)));
  }

  @Test
  void viewsOfUnknownSeasonsRevert() {
    for (byte[] view :
        List.of(
            FarmShareCalls.season(4),
            FarmShareCalls.deliverySchedule(4),
            FarmShareCalls.sharesOf(4, ALICE),
            FarmShareCalls.deliveriesOf(4, ALICE))) {
      TestHost.Outcome outcome = f.chain.host.staticCall(ALICE, SHARES, view);
      assertThat(reverted(outcome)).isEqualTo(FarmShareErrors.UNKNOWN_SEASON.encode(uint256(4)));
    }
  }
}
