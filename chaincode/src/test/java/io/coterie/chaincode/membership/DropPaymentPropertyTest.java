package io.coterie.chaincode.membership;

import static io.coterie.chaincode.support.AbiCalls.addr;
import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static io.coterie.chaincode.support.ModulesFixture.MEMBER_KEYS;
import static io.coterie.chaincode.support.ModulesFixture.collection;
import static io.coterie.chaincode.support.ModulesFixture.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.AbiCalls;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TypedDataSigner;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A drop never mints without payment: whatever buyers hold, approve, sign or resell, and whatever
 * the payee refunds, every item token in existence was paid for with exactly the price, by the
 * buyer whose purchase it is, and the payee holds exactly the price of the items out.
 */
class DropPaymentPropertyTest {
  private static final long PRICE = 50;
  private static final List<ChainAddress> BUYERS =
      IntStream.range(0, 5).mapToObj(ModulesFixture::member).toList();

  enum Kind {
    APPROVE,
    BUY,
    BUY_WITH_PERMIT,
    REFUND,
    PAYEE_APPROVES,
    RESELL
  }

  record Action(Kind kind, int a, int b, int amount) {}

  private int purchases;
  private int refunds;

  @Test
  void everyItemInExistenceWasPaidForByItsBuyer() {
    qt().withExamples(60)
        .withFixedSeed(Long.getLong("QT_SEED", 721))
        .forAll(
            lists().of(integers().between(0, 150)).ofSize(BUYERS.size()),
            lists()
                .of(
                    Generate.enumValues(Kind.class)
                        .zip(
                            integers().between(0, 4),
                            integers().between(0, 4),
                            integers().between(0, 120),
                            Action::new))
                .ofSizeBetween(0, 40))
        .checkAssert(this::runAndCheck);
    assertThat(purchases).as("purchases that went through, over all examples").isGreaterThan(20);
    assertThat(refunds).as("refunds that went through").isGreaterThan(3);
  }

  private void runAndCheck(List<Integer> initial, List<Action> actions) {
    ModulesFixture chain = new ModulesFixture();
    long program = chain.createProgram("Drop Points", true, 0);
    ChainAddress token = points(program);
    ChainAddress shop = collection(chain.createMemberCollection(BUYERS.subList(0, 3)));
    long items = chain.createCollection("Items", false);
    long now = chain.host.block().timestampSeconds();
    chain.ok(ADMIN, shop, DropSettlementTest.createDropCall(now, now, 3, items, program, PRICE));
    for (int i = 0; i < BUYERS.size(); i++) {
      if (initial.get(i) > 0) {
        chain.award(program, BUYERS.get(i), initial.get(i));
      }
    }
    for (Action action : actions) {
      ChainAddress a = BUYERS.get(action.a());
      switch (action.kind()) {
        case APPROVE -> chain.ok(a, token, fn("approve", addr(shop), u256(action.amount())));
        case BUY -> count(chain.call(a, shop, fn("buy", u256(0))), true);
        case BUY_WITH_PERMIT -> {
          long deadline = chain.host.block().timestampSeconds() + 60;
          long nonce = chain.uint(token, "nonces", addr(a)).longValueExact();
          TypedDataSigner.Vrs sig =
              TypedDataSigner.permit(
                  MEMBER_KEYS.get(action.a()),
                  "Drop Points",
                  token,
                  shop,
                  // mostly the price, sometimes too little
                  BigInteger.valueOf(action.amount() >= 30 ? PRICE : action.amount()),
                  nonce,
                  deadline);
          count(
              chain.call(
                  a, shop, fn("buyWithPermit", u256(0), u256(deadline), sig.v(), sig.r(), sig.s())),
              true);
        }
        case REFUND -> count(chain.call(ADMIN, shop, fn("refund", u256(0), addr(a))), false);
        case PAYEE_APPROVES ->
            chain.ok(ADMIN, token, fn("approve", addr(shop), u256(action.amount())));
        case RESELL -> {
          BigInteger item = chain.uint(shop, "itemOf", u256(0), addr(a));
          ChainAddress holder =
              item.signum() == 0
                  ? ChainAddress.ZERO
                  : AbiCalls.address(
                      chain.view(collection(items), fn("ownerOf", u256(item.longValue()))));
          if (holder.equals(a)) {
            chain.ok(
                a,
                collection(items),
                fn("transferFrom", addr(a), addr(BUYERS.get(action.b())), u256(item.longValue())));
          }
        }
      }
      checkEveryItemIsPaidFor(chain, token, items, shop, initial);
      chain.mine(1);
    }
    checkEveryItemIsPaidFor(chain, token, items, shop, initial);
  }

  private void count(io.coterie.chaincode.support.TestHost.Outcome outcome, boolean purchase) {
    if (outcome.succeeded()) {
      if (purchase) {
        purchases++;
      } else {
        refunds++;
      }
    }
  }

  private static void checkEveryItemIsPaidFor(
      ModulesFixture chain,
      ChainAddress token,
      long items,
      ChainAddress shop,
      List<Integer> initial) {
    long out = chain.uint(collection(items), "totalSupply").longValueExact();
    long purchases = 0;
    for (int i = 0; i < BUYERS.size(); i++) {
      ChainAddress buyer = BUYERS.get(i);
      boolean purchased = chain.uint(shop, "purchaseOf", u256(0), addr(buyer)).signum() > 0;
      long paid = initial.get(i) - chain.uint(token, "balanceOf", addr(buyer)).longValueExact();
      assertThat(paid).as("what %s paid", buyer).isEqualTo(purchased ? PRICE : 0);
      BigInteger item = chain.uint(shop, "itemOf", u256(0), addr(buyer));
      assertThat(item.signum() > 0)
          .as("%s has an item iff it has a purchase", buyer)
          .isEqualTo(purchased);
      purchases += purchased ? 1 : 0;
    }
    assertThat(out).as("item tokens in existence").isEqualTo(purchases);
    assertThat(chain.uint(token, "balanceOf", addr(ADMIN)).longValueExact())
        .as("the payee holds the price of every item out")
        .isEqualTo(PRICE * out);
    byte[] info = chain.view(shop, fn("dropInfo", u256(0)));
    assertThat(new BigInteger(1, Arrays.copyOfRange(info, 96, 128)).longValueExact())
        .as("dropInfo's sold")
        .isEqualTo(out);
  }
}
