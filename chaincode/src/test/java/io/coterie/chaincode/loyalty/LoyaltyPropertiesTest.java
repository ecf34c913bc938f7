package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.loyalty.LoyaltyFixture.MEMBERS;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.SHOP2;
import static io.coterie.chaincode.loyalty.LoyaltyFixture.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coterie.chaincode.loyalty.LoyaltyCalls.NewProgram;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.TestHost.Outcome;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.web3j.utils.Numeric;

/**
 * Invariants of a program over random sequences of awards, transfers, redemptions and time moving
 * forward, checked against the chain and against a plain model of lots (oldest spent first).
 */
class LoyaltyPropertiesTest {
  private static final long DAY = 86_400;
  private static final List<ChainAddress> SHOPS = List.of(SHOP, SHOP2);

  sealed interface Action permits Award, Transfer, Redeem, Advance {}

  record Award(int shop, int member, long amount, int ref) implements Action {}

  record Transfer(int from, int to, long amount) implements Action {}

  record Redeem(int member, long amount, int ref) implements Action {}

  record Advance(long seconds) implements Action {}

  record Setup(long validity, long dailyCap, long maxBalance) {}

  private static Gen<Setup> setups() {
    return Generate.pick(List.of(0L, 3_600L, DAY, 3 * DAY, 10 * DAY))
        .zip(
            Generate.pick(List.of(0L, 500L, 2_000L)),
            Generate.pick(List.of(0L, 300L, 1_000L)),
            Setup::new);
  }

  private static Gen<List<Action>> actions() {
    Gen<Integer> member = integers().between(0, MEMBERS.size() - 1);
    Gen<Action> award =
        integers()
            .between(0, 1)
            .zip(member, longs().between(0, 400), integers().between(0, 15), Award::new);
    Gen<Action> transfer = member.zip(member, longs().between(0, 300), Transfer::new);
    Gen<Action> redeem = member.zip(longs().between(0, 300), integers().between(0, 7), Redeem::new);
    Gen<Action> advance =
        Generate.oneOf(
                longs().between(0, 7_200), longs().between(0, 2 * DAY), Generate.constant(DAY))
            .map(Advance::new);
    return lists()
        .of(
            Generate.frequency(
                List.of(
                    Pair.of(4, award),
                    Pair.of(3, transfer),
                    Pair.of(2, redeem),
                    Pair.of(2, advance))))
        .ofSizeBetween(0, 40);
  }

  @Test
  void supplyIsTheSumOfBalancesAndBalancesMatchTheLotModel() {
    qt().withExamples(150)
        .withFixedSeed(Long.getLong("QT_SEED", 31337))
        .forAll(setups(), actions())
        .checkAssert(LoyaltyPropertiesTest::supplyIsTheSumOfModelBalances);
  }

  private static void supplyIsTheSumOfModelBalances(Setup setup, List<Action> actions) {
    Run run = new Run(setup);
    for (Action action : actions) {
      run.apply(action);
      BigInteger sum = BigInteger.ZERO;
      for (ChainAddress member : MEMBERS) {
        BigInteger balance = run.chain.balance(run.id, member);
        assertThat(balance)
            .as("balance of %s after %s", member, action)
            .isEqualTo(run.modelBalance(member));
        sum = sum.add(balance);
      }
      assertThat(run.chain.supply(run.id)).as("supply after %s", action).isEqualTo(sum);
    }
  }

  @Test
  void aRefIsNeverUsedTwiceAndCapsHold() {
    qt().withExamples(100)
        .withFixedSeed(Long.getLong("QT_SEED", 4711))
        .forAll(setups(), actions())
        .checkAssert(LoyaltyPropertiesTest::refsAreUsedOnceAndCapsHold);
  }

  private static void refsAreUsedOnceAndCapsHold(Setup setup, List<Action> actions) {
    Run run = new Run(setup);
    for (Action action : actions) {
      run.apply(action);
      for (ChainAddress member : MEMBERS) {
        if (setup.maxBalance() > 0) {
          assertThat(run.chain.balance(run.id, member))
              .isLessThanOrEqualTo(BigInteger.valueOf(setup.maxBalance()));
        }
      }
    }
    if (setup.dailyCap() > 0) {
      assertThat(run.awardedPerShopDay.values()).allMatch(total -> total <= setup.dailyCap());
    }
    for (int ref : run.usedAwardRefs.keySet()) {
      Outcome again = run.chain.award(run.id, MEMBERS.get(0), 1, "ref-" + ref);
      assertThat(Numeric.toHexString(again.result().data()))
          .startsWith(LoyaltyErrors.REF_ALREADY_USED.selector().toHex());
    }
  }

  /** One program on a fresh chain, plus the model the chain must agree with. */
  private static final class Run {
    final LoyaltyFixture chain = new LoyaltyFixture();
    final Setup setup;
    final long id;
    final Map<ChainAddress, SortedMap<Long, BigInteger>> lots = new TreeMap<>();
    final SortedMap<Integer, Boolean> usedAwardRefs = new TreeMap<>();
    final SortedMap<String, Long> awardedPerShopDay = new TreeMap<>();
    private int redeemSerial;

    Run(Setup setup) {
      this.setup = setup;
      this.id =
          chain.devnetProgram(
              NewProgram.coteriePoints()
                  .withValidity(setup.validity())
                  .withCaps(setup.dailyCap(), setup.maxBalance()));
      chain.ok(
          LoyaltyFixture.ADMIN, LoyaltyFixture.REGISTRY, LoyaltyCalls.authoriseShop(id, SHOP2));
      MEMBERS.forEach(m -> lots.put(m, new TreeMap<>()));
    }

    long now() {
      return chain.host.block().timestampSeconds();
    }

    void apply(Action action) {
      if (action instanceof Award a) {
        ChainAddress shop = SHOPS.get(a.shop());
        ChainAddress member = MEMBERS.get(a.member());
        String dayKey = shop + "/" + now() / DAY;
        long awardedToday = awardedPerShopDay.getOrDefault(dayKey, 0L);
        boolean expected =
            a.amount() > 0
                && !usedAwardRefs.containsKey(a.ref())
                && (setup.dailyCap() == 0 || awardedToday + a.amount() <= setup.dailyCap())
                && (setup.maxBalance() == 0
                    || modelBalance(member).longValueExact() + a.amount() <= setup.maxBalance());
        Outcome outcome =
            chain.call(
                shop,
                token(id),
                LoyaltyCalls.award(member, a.amount(), LoyaltyCalls.ref("ref-" + a.ref())));
        assertThat(outcome.succeeded()).as("%s -> %s", a, outcome).isEqualTo(expected);
        if (expected) {
          usedAwardRefs.put(a.ref(), true);
          awardedPerShopDay.put(dayKey, awardedToday + a.amount());
          lots.get(member)
              .merge(
                  PointLedger.expiryOf(now(), setup.validity()),
                  BigInteger.valueOf(a.amount()),
                  BigInteger::add);
        }
      } else if (action instanceof Transfer t) {
        ChainAddress from = MEMBERS.get(t.from());
        ChainAddress to = MEMBERS.get(t.to());
        Outcome outcome = chain.call(from, token(id), LoyaltyCalls.transfer(to, t.amount()));
        boolean expected =
            modelBalance(from).longValueExact() >= t.amount()
                && (from.equals(to)
                    || setup.maxBalance() == 0
                    || modelBalance(to).longValueExact() + t.amount() <= setup.maxBalance());
        assertThat(outcome.succeeded()).as("%s -> %s", t, outcome).isEqualTo(expected);
        if (expected && !from.equals(to)) {
          takeOldest(from, t.amount()).forEach((e, v) -> lots.get(to).merge(e, v, BigInteger::add));
        }
      } else if (action instanceof Redeem r) {
        ChainAddress member = MEMBERS.get(r.member());
        String ref = "redeem-" + redeemSerial++;
        Outcome outcome =
            chain.call(member, token(id), LoyaltyCalls.redeem(r.amount(), LoyaltyCalls.ref(ref)));
        boolean expected = r.amount() > 0 && modelBalance(member).longValueExact() >= r.amount();
        assertThat(outcome.succeeded()).as("%s -> %s", r, outcome).isEqualTo(expected);
        if (expected) {
          takeOldest(member, r.amount());
        }
      } else if (action instanceof Advance adv) {
        chain.host.advanceSeconds(adv.seconds());
      }
    }

    BigInteger modelBalance(ChainAddress member) {
      return lots.get(member).entrySet().stream()
          .filter(e -> e.getKey() > now())
          .map(Map.Entry::getValue)
          .reduce(BigInteger.ZERO, BigInteger::add);
    }

    private SortedMap<Long, BigInteger> takeOldest(ChainAddress member, long amount) {
      SortedMap<Long, BigInteger> taken = new TreeMap<>();
      SortedMap<Long, BigInteger> held = lots.get(member);
      held.headMap(now() + 1).clear();
      BigInteger left = BigInteger.valueOf(amount);
      while (left.signum() > 0) {
        long key = held.firstKey();
        BigInteger take = held.get(key).min(left);
        taken.put(key, take);
        left = left.subtract(take);
        if (take.equals(held.get(key))) {
          held.remove(key);
        } else {
          held.put(key, held.get(key).subtract(take));
        }
      }
      return taken;
    }
  }
}
