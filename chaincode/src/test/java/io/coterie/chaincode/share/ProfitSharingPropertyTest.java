package io.coterie.chaincode.share;

import static io.coterie.chaincode.support.ModulesFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.ModulesFixture;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Whatever the weights and whatever order members claim in (again, late, or never): the shares and
 * the remainder add up to the round's amount exactly, no member is paid twice, and the pool never
 * pays out more than was funded.
 */
class ProfitSharingPropertyTest {
  private static final List<ChainAddress> MEMBERS =
      IntStream.range(0, 6).mapToObj(ModulesFixture::member).toList();
  private static final ChainAddress ZERO_WEIGHT = ShareFixture.outsider();

  private int claimsPaid;
  private int secondClaimsRefused;

  @Test
  void sharesPlusRemainderAreTheAmountWhateverTheWeights() {
    qt().withExamples(2_000)
        .withFixedSeed(Long.getLong("QT_SEED", 0x100a))
        .forAll(
            longs().between(1, Long.MAX_VALUE),
            lists().of(longs().between(1, Long.MAX_VALUE)).ofSizeBetween(1, 200))
        .checkAssert(
            (amount, weights) -> {
              Round round = round(BigInteger.valueOf(amount), weights);
              BigInteger shares =
                  weights.stream()
                      .map(w -> round.shareOf(BigInteger.valueOf(w)))
                      .reduce(BigInteger.ZERO, BigInteger::add);
              BigInteger remainder = round.amount().subtract(shares);
              assertThat(remainder.signum()).as("shares never exceed the amount").isNotNegative();
              assertThat(remainder)
                  .as("each floor loses less than one point")
                  .isLessThan(BigInteger.valueOf(weights.size()));
              assertThat(shares.add(remainder)).isEqualTo(round.amount());
            });
  }

  private static Round round(BigInteger amount, List<Long> weights) {
    BigInteger total =
        weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    return new Round(
        BigInteger.ONE,
        ADMIN,
        0,
        amount,
        WeightSource.LISTED,
        0,
        1,
        2,
        total,
        BigInteger.ZERO,
        false);
  }

  @Test
  void claimsAndTheReclaimPayOutExactlyTheAmountAndNobodyTwice() {
    qt().withExamples(40)
        .withFixedSeed(Long.getLong("QT_SEED", 4_106))
        .forAll(
            integers().between(1, (int) ShareFixture.BRAND_POINTS),
            lists().of(longs().between(1, 1_000_000_000_000L)).ofSizeBetween(1, MEMBERS.size()),
            lists().of(integers().between(0, MEMBERS.size())).ofSizeBetween(0, 20),
            integers().between(1, 12))
        .checkAssert(this::runAndCheck);
    assertThat(claimsPaid).as("claims paid over all examples").isGreaterThan(40);
    assertThat(secondClaimsRefused).as("second claims tried").isGreaterThan(5);
  }

  /**
   * A listed round of {@code amount} over the first {@code weights.size()} members; {@code claims}
   * are claimers by index ({@link #MEMBERS}'s size: someone without weight), one block apart, the
   * round expiring after {@code blocks} blocks; then the reclaim.
   */
  private void runAndCheck(int amount, List<Long> weights, List<Integer> claims, int blocks) {
    ShareFixture f = new ShareFixture();
    List<ChainAddress> listed = MEMBERS.subList(0, weights.size());
    BigInteger funded = BigInteger.valueOf(amount);
    BigInteger id =
        f.openListed(amount, blocks, listed, weights.stream().map(BigInteger::valueOf).toList());
    BigInteger brandAfterFunding = f.balanceOf(ADMIN);
    BigInteger total =
        weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    TreeMap<ChainAddress, BigInteger> paid = new TreeMap<>();
    List<BigInteger> expected = new ArrayList<>();
    for (long w : weights) {
      expected.add(funded.multiply(BigInteger.valueOf(w)).divide(total));
    }
    for (int who : claims) {
      ChainAddress claimer = who < listed.size() ? listed.get(who) : ZERO_WEIGHT;
      BigInteger before = f.balanceOf(claimer);
      TestHost.Outcome outcome = f.call(claimer, ShareCalls.claim(id));
      BigInteger received = f.balanceOf(claimer).subtract(before);
      if (outcome.succeeded()) {
        assertThat(paid).as("%s was paid before", claimer).doesNotContainKey(claimer);
        assertThat(received).isEqualTo(expected.get(who));
        paid.put(claimer, received);
        claimsPaid++;
      } else {
        assertThat(received).as("a refused claim pays nothing").isZero();
        if (paid.containsKey(claimer)) {
          secondClaimsRefused++;
        }
      }
      BigInteger out = paid.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
      assertThat(out).as("claims never exceed the funded amount").isLessThanOrEqualTo(funded);
      assertThat(f.balanceOf(ShareFixture.SHARING)).isEqualTo(funded.subtract(out));
      f.chain.mine(1);
    }
    f.chain.mine(blocks);
    BigInteger returned = f.ok(ADMIN, ShareCalls.reclaimExpired(id));
    BigInteger out = paid.values().stream().reduce(BigInteger.ZERO, BigInteger::add);

    assertThat(out.add(returned)).isEqualTo(funded);
    assertThat(f.balanceOf(ADMIN)).isEqualTo(brandAfterFunding.add(returned));
    assertThat(f.balanceOf(ShareFixture.SHARING)).isZero();
  }
}
