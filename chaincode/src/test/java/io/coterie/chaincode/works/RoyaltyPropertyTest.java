package io.coterie.chaincode.works;

import static io.coterie.chaincode.support.AbiCalls.fn;
import static io.coterie.chaincode.support.AbiCalls.u256;
import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.support.ModulesFixture;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever uses and resales happen, each pays the creator exactly floor(price * bps / 10000) (all
 * of it when the creator is paid), the seller or holder the rest, and takes exactly the price from
 * the buyer: no point is created or lost.
 */
class RoyaltyPropertyTest {
  private static final List<ChainAddress> MEMBERS = ModulesFixture.members();

  /** A use (kind 0) or resale (kind 1) by the member {@code buyer} at {@code price}. */
  private record Step(int kind, int buyer, int price) {}

  private static Gen<Step> steps() {
    return integers()
        .between(0, 1)
        .zip(integers().between(0, MEMBERS.size() - 1), integers().between(1, 5_000), Step::new);
  }

  @Test
  void everyUseAndSalePaysTheRoyaltyExactlyAndConservesPoints() {
    WorksFixture works = new WorksFixture();
    MEMBERS.forEach(m -> works.chain.award(works.program, m, 10_000_000));
    int[] serial = {0};
    qt().withExamples(25)
        .withFixedSeed(Long.getLong("QT_SEED", 1_100_2981L))
        .forAll(
            integers().between(0, MEMBERS.size() - 1),
            integers().between(0, RoyaltySplit.MAX_ROYALTY_BPS),
            lists().of(steps()).ofSizeBetween(1, 4))
        .checkAssert(
            (creatorIndex, bps, plan) -> {
              ChainAddress creator = MEMBERS.get(creatorIndex);
              long id = works.mint(creator, "work-" + serial[0]++, bps);
              for (Step step : plan) {
                ChainAddress holder = works.ownerOf(id);
                ChainAddress buyer = MEMBERS.get(step.buyer());
                if (buyer.equals(holder)) {
                  buyer = MEMBERS.get((step.buyer() + 1) % MEMBERS.size());
                }
                BigInteger before = total(works);
                BigInteger creatorBefore = works.points(creator);
                BigInteger holderBefore = works.points(holder);
                BigInteger buyerBefore = works.points(buyer);
                works.approvePoints(buyer, step.price());
                if (step.kind() == 0) {
                  works.chain.ok(buyer, WorksFixture.WORKS, works.buyUse(id, step.price()));
                } else {
                  works.chain.ok(holder, WorksFixture.WORKS, works.list(id, step.price()));
                  works.chain.ok(buyer, WorksFixture.WORKS, fn("buy", u256(id)));
                  assertThat(works.ownerOf(id)).isEqualTo(buyer);
                }
                String what =
                    "%s of work %d (creator %s, %d bps) from %s to %s"
                        .formatted(step, id, creator, bps, holder, buyer);
                BigInteger price = BigInteger.valueOf(step.price());
                BigInteger royalty =
                    price.multiply(BigInteger.valueOf(bps)).divide(BigInteger.valueOf(10_000));
                if (!buyer.equals(creator)) {
                  assertThat(works.points(buyer))
                      .as("buyer: " + what)
                      .isEqualTo(buyerBefore.subtract(price));
                }
                if (holder.equals(creator)) {
                  assertThat(works.points(creator))
                      .as("creator: " + what)
                      .isEqualTo(creatorBefore.add(price));
                } else if (buyer.equals(creator)) {
                  // the creator buys back: pays the price, receives the royalty
                  assertThat(works.points(creator))
                      .as("creator: " + what)
                      .isEqualTo(creatorBefore.subtract(price).add(royalty));
                  assertThat(works.points(holder))
                      .as("holder: " + what)
                      .isEqualTo(holderBefore.add(price.subtract(royalty)));
                } else {
                  assertThat(works.points(creator))
                      .as("creator: " + what)
                      .isEqualTo(creatorBefore.add(royalty));
                  assertThat(works.points(holder))
                      .as("holder: " + what)
                      .isEqualTo(holderBefore.add(price.subtract(royalty)));
                }
                assertThat(total(works)).as("total: " + what).isEqualTo(before);
              }
            });
  }

  private static BigInteger total(WorksFixture works) {
    return MEMBERS.stream().map(works::points).reduce(BigInteger.ZERO, BigInteger::add);
  }

  @Test
  void royaltyInfoMatchesTheSplitForAnyPrice() {
    WorksFixture works = new WorksFixture();
    long id = works.mint(member(0), "info", 333);
    qt().withExamples(200)
        .withFixedSeed(Long.getLong("QT_SEED", 4906L))
        .forAll(integers().allPositive())
        .checkAssert(
            price -> {
              RoyaltySplit split = RoyaltySplit.of(BigInteger.valueOf(price), 333);
              assertThat(split.royalty().add(split.proceeds()))
                  .isEqualTo(BigInteger.valueOf(price));
              byte[] info =
                  works.chain.view(WorksFixture.WORKS, fn("royaltyInfo", u256(id), u256(price)));
              assertThat(new BigInteger(1, Arrays.copyOfRange(info, 32, 64)))
                  .isEqualTo(split.royalty());
              assertThat(Word.wrap(Arrays.copyOf(info, 32)).toAddress()).isEqualTo(member(0));
            });
  }
}
