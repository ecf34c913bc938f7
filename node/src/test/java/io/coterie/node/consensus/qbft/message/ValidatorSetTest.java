package io.coterie.node.consensus.qbft.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.types.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorSetTest {
  private final ValidatorSet four =
      new ValidatorSet(List.of(Address.of(40), Address.of(10), Address.of(30), Address.of(20)));

  @Test
  void quorumIsTheCeilingOfTwoThirdsAndToleratesF() {
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 10))
        .map(
            n ->
                new ValidatorSet(
                    java.util.stream.IntStream.rangeClosed(1, n).mapToObj(Address::of).toList()))
        .extracting(ValidatorSet::quorum, ValidatorSet::faultTolerance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 0),
            org.assertj.core.groups.Tuple.tuple(2, 0),
            org.assertj.core.groups.Tuple.tuple(2, 0),
            org.assertj.core.groups.Tuple.tuple(3, 1),
            org.assertj.core.groups.Tuple.tuple(4, 1),
            org.assertj.core.groups.Tuple.tuple(4, 1),
            org.assertj.core.groups.Tuple.tuple(5, 2),
            org.assertj.core.groups.Tuple.tuple(7, 3));
  }

  @Test
  void theValidatorAfterTheParentsProposerProposesRoundZeroAndEachRoundMovesOne() {
    assertThat(four.proposer(Address.of(20), 0)).isEqualTo(Address.of(30));
    assertThat(four.proposer(Address.of(20), 1)).isEqualTo(Address.of(40));
    assertThat(four.proposer(Address.of(20), 2)).isEqualTo(Address.of(10));
    assertThat(four.proposer(Address.of(40), 0)).isEqualTo(Address.of(10));
  }

  @Test
  void aParentProposerOutsideTheSetHandsRoundZeroToTheNextAddressUp() {
    assertThat(four.proposer(Address.ZERO, 0)).isEqualTo(Address.of(10));
    assertThat(four.proposer(Address.of(25), 0)).isEqualTo(Address.of(30));
    assertThat(four.proposer(Address.of(50), 1)).isEqualTo(Address.of(20));
  }
}
