package io.coterie.chaincode.samples;

import static io.coterie.chaincode.support.ModulesFixture.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Claims in any order within one block, by card holders (#0-#3, #1 of tier 3) and non-holders (#4,
 * #5), repeated at will: the stock never goes below zero, the claims never exceed it, and exactly
 * the first eligible distinct claimers get a sample.
 */
class SampleStockPropertyTest {

  @Test
  void claimsNeverExceedTheStock() {
    qt().withExamples(40)
        .withFixedSeed(Long.getLong("QT_SEED", 100_13L))
        .forAll(
            integers().between(1, 5),
            integers().between(1, 3),
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 24))
        .checkAssert(SampleStockPropertyTest::stockHolds);
  }

  private static void stockHolds(int stock, int minTier, List<Integer> claimers) {
    SamplesFixture f = new SamplesFixture();
    long id = f.create(stock, minTier, Word.ZERO);
    long block = f.chain.block();
    Set<Integer> served = new HashSet<>();
    for (int who : claimers) {
      boolean eligible = who < 4 && (minTier <= 1 || who == 1);
      boolean expected = eligible && !served.contains(who) && served.size() < stock;
      assertThat(f.claim(member(who), id).succeeded())
          .as("claim by #%d after %s, stock %d, min tier %d", who, served, stock, minTier)
          .isEqualTo(expected);
      if (expected) {
        served.add(who);
      }
      BigInteger remaining = f.remaining(id);
      assertThat(remaining.signum()).isGreaterThanOrEqualTo(0);
      assertThat(remaining).isEqualTo(BigInteger.valueOf(stock - served.size()));
    }
    assertThat(f.chain.block()).as("all claims ran in one block").isEqualTo(block);
  }
}
