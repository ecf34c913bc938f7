package io.coterie.node.consensus.qbft.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.ValidatorVote;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.QbftTestNode;
import io.coterie.node.consensus.qbft.testing.TestNetwork;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorVotesTest {
  private final TestValidators validators = TestValidators.create(4);
  private final Address newcomer = TestValidators.create(1, 9).address(0);

  /** Appends a block proposed by {@code proposer} carrying {@code vote}, sealed by 0, 1 and 2. */
  private static void append(
      InMemoryChain chain,
      ValidatorSetCalculator calc,
      int proposer,
      TestValidators v,
      Optional<ValidatorVote> vote) {
    long number = chain.headNumber() + 1;
    List<Address> set = calc.validatorsAt(number);
    Block block =
        InMemoryChain.block(
            chain.head(),
            v.address(proposer),
            number,
            QbftExtraData.unsealed(set, vote, 0),
            number);
    List<Bytes> seals = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      seals.add(v.signer(i).commitSeal(block));
    }
    chain.commit(QbftBlocks.withSeals(block, seals));
  }

  private ValidatorSetCalculator calculator(InMemoryChain chain, long epoch) {
    ValidatorSetCalculator calc = new ValidatorSetCalculator(chain, epoch);
    chain.validators(calc);
    return calc;
  }

  @Test
  void aValidatorIsAddedWhenMoreThanHalfOfTheValidatorsVoteForIt() {
    InMemoryChain chain = new InMemoryChain(validators.addresses());
    ValidatorSetCalculator calc = calculator(chain, 1_000);
    ValidatorVote add = new ValidatorVote(newcomer, true);

    append(chain, calc, 0, validators, Optional.of(add));
    append(chain, calc, 1, validators, Optional.of(add));
    append(chain, calc, 1, validators, Optional.of(add)); // the same voter again counts once
    assertThat(calc.validatorsAt(4)).hasSize(4).doesNotContain(newcomer);

    append(chain, calc, 2, validators, Optional.of(add));
    assertThat(calc.validatorsAt(5)).hasSize(5).contains(newcomer);
    assertThat(calc.validatorsAt(4)).hasSize(4);
    assertThat(calc.tallyAfter(4).votes()).isEmpty();
  }

  @Test
  void aValidatorIsDroppedByMajorityAndItsOwnVotesGoWithIt() {
    InMemoryChain chain = new InMemoryChain(validators.addresses());
    ValidatorSetCalculator calc = calculator(chain, 1_000);
    ValidatorVote dropThree = new ValidatorVote(validators.address(3), false);

    append(chain, calc, 0, validators, Optional.of(dropThree));
    append(chain, calc, 1, validators, Optional.of(dropThree));
    append(chain, calc, 2, validators, Optional.of(dropThree));

    assertThat(calc.validatorsAt(4))
        .containsExactlyElementsOf(validators.addresses().subList(0, 3));
  }

  @Test
  void anEpochBlockClearsVotesCastBeforeIt() {
    InMemoryChain chain = new InMemoryChain(validators.addresses());
    ValidatorSetCalculator calc = calculator(chain, 3);
    ValidatorVote add = new ValidatorVote(newcomer, true);

    append(chain, calc, 0, validators, Optional.of(add));
    append(chain, calc, 1, validators, Optional.of(add));
    append(chain, calc, 2, validators, Optional.empty()); // block 3: epoch
    append(chain, calc, 2, validators, Optional.of(add));

    assertThat(calc.validatorsAt(5)).hasSize(4);
    assertThat(calc.tallyAfter(4).votes()).containsOnlyKeys(newcomer);
  }

  @Test
  void pendingVotesGoIntoTheProposersBlockUntilCastAndNeverIntoEpochBlocks() {
    InMemoryChain chain = new InMemoryChain(validators.addresses());
    ValidatorSetCalculator calc = calculator(chain, 3);
    PendingVotes votes = new PendingVotes(calc, validators.address(0));
    votes.propose(newcomer, true);
    votes.propose(validators.address(1), true); // already a validator: never cast

    assertThat(votes.voteFor(chain.head())).contains(new ValidatorVote(newcomer, true));
    append(chain, calc, 0, validators, votes.voteFor(chain.head()));
    assertThat(votes.voteFor(chain.head())).isEmpty(); // already cast by 0
    append(chain, calc, 1, validators, Optional.empty());
    assertThat(votes.voteFor(chain.head())).isEmpty(); // block 3 is an epoch block
    append(chain, calc, 2, validators, Optional.empty());
    assertThat(votes.voteFor(chain.head())).contains(new ValidatorVote(newcomer, true));

    assertThat(votes.discard(newcomer)).isTrue();
    assertThat(votes.voteFor(chain.head())).isEmpty();
    assertThat(votes.pending()).containsOnlyKeys(validators.address(1));
  }

  @Test
  void fourRunningValidatorsVoteInAFifthAndKeepCommittingWithoutIt() {
    TestNetwork network = TestNetwork.start(validators, QbftTestNode.CONFIG);
    network.nodes().forEach(n -> n.votes().propose(newcomer, true));

    network.advance(6_500);
    QbftTestNode node = network.node(0);
    long added = node.chain().headNumber() + 1;
    assertThat(node.calculator().validatorsAt(added)).hasSize(5).contains(newcomer);

    network.advance(30_000); // the newcomer never runs: its turns end in round changes
    assertThat(node.chain().headNumber()).isGreaterThan(added + 3);
    assertThat(QbftBlocks.extraData(node.head()).validators()).hasSize(5);
    assertThat(QbftBlocks.extraData(node.head()).seals()).hasSizeGreaterThanOrEqualTo(4);
  }
}
