package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.farmshare.FarmShareFixture.FARM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Whatever members approve, sign, subscribe and the farm refunds, before and after the start: the
 * shares held never exceed the shares offered, the farm holds exactly the price of the shares held
 * (price × shares subscribed minus refunds), no point is created or lost, and a refunded member
 * holds no shares.
 */
class FarmSharesPropertiesTest {
  private static final int MEMBERS = 3;
  private static final List<ChainAddress> BUYERS =
      IntStream.range(0, MEMBERS).mapToObj(ModulesFixture::member).toList();
  private static final long FUNDS = 400;

  enum Kind {
    APPROVE,
    SUBSCRIBE,
    SUBSCRIBE_WITH_PERMIT,
    REFUND,
    FARM_APPROVES,
    WAIT
  }

  record Action(Kind kind, int member, int amount) {}

  private int subscriptions;
  private int refunds;
  private int closed;

  @Test
  void sharesNeverExceedTheOfferAndPointsAreConserved() {
    qt().withExamples(60)
        .withFixedSeed(Long.getLong("QT_SEED", 1015))
        .forAll(
            integers().between(1, 6),
            integers().between(1, 60),
            lists()
                .of(
                    Generate.enumValues(Kind.class)
                        .zip(
                            integers().between(0, MEMBERS - 1),
                            integers().between(0, 250),
                            Action::new))
                .ofSizeBetween(0, 40))
        .checkAssert(this::runAndCheck);
    assertThat(subscriptions).as("subscriptions that went through").isGreaterThan(30);
    assertThat(refunds).as("refunds that went through").isGreaterThan(5);
    assertThat(closed).as("examples that reached the season start").isGreaterThan(3);
  }

  private void runAndCheck(int offered, int price, List<Action> actions) {
    FarmShareFixture f = new FarmShareFixture();
    long start = f.offer(1, offered, price, 2, 3_600);
    BUYERS.forEach(b -> f.chain.award(f.program, b, FUNDS));
    BigInteger expectedFarm = BigInteger.ZERO;
    for (Action action : actions) {
      ChainAddress member = BUYERS.get(action.member());
      int shares = action.amount() % 5;
      switch (action.kind()) {
        case APPROVE -> f.approve(member, action.amount());
        case SUBSCRIBE -> {
          if (f.call(member, FarmShareCalls.subscribe(1, shares)).succeeded()) {
            subscriptions++;
            expectedFarm = expectedFarm.add(BigInteger.valueOf((long) price * shares));
          }
        }
        case SUBSCRIBE_WITH_PERMIT -> {
          long deadline = f.now() + 60;
          // mostly exactly the price, sometimes too little
          long value = action.amount() > 40 ? (long) price * shares : action.amount();
          TestHost.Outcome outcome =
              f.call(
                  member,
                  FarmShareCalls.subscribeWithPermit(
                      1, shares, deadline, f.permit(action.member(), value, deadline)));
          if (outcome.succeeded()) {
            subscriptions++;
            expectedFarm = expectedFarm.add(BigInteger.valueOf((long) price * shares));
          }
        }
        case REFUND -> {
          BigInteger held = f.sharesOf(1, member);
          if (f.call(FARM, FarmShareCalls.refund(1, member)).succeeded()) {
            refunds++;
            expectedFarm = expectedFarm.subtract(held.multiply(BigInteger.valueOf(price)));
            assertThat(f.sharesOf(1, member)).as("a refunded member holds no shares").isZero();
            assertThat(
                    FarmShareCalls.decodeDeliveriesOf(
                        f.view(FarmShareCalls.deliveriesOf(1, member))))
                .isEmpty();
          }
        }
        case FARM_APPROVES -> f.approve(FARM, action.amount());
        case WAIT -> f.chain.host.advanceSeconds(action.amount() * 10L);
      }
      check(f, offered, price, expectedFarm);
      f.chain.mine(1);
    }
    if (f.now() >= start) {
      closed++;
    }
  }

  private static void check(FarmShareFixture f, int offered, int price, BigInteger expectedFarm) {
    BigInteger held =
        BUYERS.stream().map(b -> f.sharesOf(1, b)).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(held).as("shares held").isLessThanOrEqualTo(BigInteger.valueOf(offered));
    BigInteger farm = f.points(FARM);
    assertThat(farm).as("farm's points").isEqualTo(expectedFarm);
    assertThat(farm).isEqualTo(held.multiply(BigInteger.valueOf(price)));
    BigInteger members = BUYERS.stream().map(f::points).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(members.add(farm)).as("points conserved").isEqualTo(FUNDS * MEMBERS);
  }
}
