package io.coterie.node.consensus.qbft.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockPeriodTest {
  private static final long PERIOD = 1_000;

  @Test
  void countsFromTheParentsProposalSoBuildAndImportTimeDoNotStretchTheCycle() {
    long proposedAt = 10_000;
    long importedAt = 10_400;

    assertThat(BlockPeriod.start(importedAt, proposedAt, PERIOD)).isEqualTo(proposedAt);
  }

  @Test
  void aParentSlowerThanOnePeriodMakesTheNextBlockDueAtOnceButNotEarlier() {
    long proposedAt = 10_000;
    long importedAt = 12_500;

    assertThat(BlockPeriod.start(importedAt, proposedAt, PERIOD) + PERIOD).isEqualTo(importedAt);
  }

  @Test
  void withoutAProposalSeenTheHeightCountsFromNow() {
    assertThat(BlockPeriod.start(5_000, -1, PERIOD)).isEqualTo(5_000);
  }
}
