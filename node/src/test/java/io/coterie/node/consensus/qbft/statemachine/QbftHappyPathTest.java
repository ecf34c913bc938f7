package io.coterie.node.consensus.qbft.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.ManualTime;
import io.coterie.node.consensus.qbft.testing.QbftTestNode;
import io.coterie.node.consensus.qbft.testing.TestNetwork;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QbftHappyPathTest {
  private final ManualTime time = new ManualTime(1_000_000);

  @Test
  void oneValidatorIsQbftWithNEqualsOneAndCommitsEachBlockPeriod() {
    TestValidators validators = TestValidators.create(1);
    QbftTestNode node = QbftTestNode.start(validators, 0, time);

    node.post(new QbftEvent.BlockTimerFired(1)); // early wake-up before the period: nothing yet
    time.advance(999);
    node.drain();
    assertThat(node.chain().headNumber()).isZero();

    time.advance(1);
    node.drain();
    assertThat(node.chain().headNumber()).isEqualTo(1);
    time.advance(1_000);
    node.drain();
    assertThat(node.chain().headNumber()).isEqualTo(2);

    Block block = node.chain().block(1);
    assertThat(QbftBlocks.extraData(block.header()).seals()).hasSize(1);
    assertThat(QbftBlocks.extraData(block.header()).round()).isZero();
    assertThat(block.header().coinbase()).isEqualTo(node.address());
    assertThat(node.network().messages())
        .extracting(m -> m.getClass().getSimpleName())
        .startsWith("Proposal", "Prepare", "Commit", "Proposal", "Prepare", "Commit");
  }

  @Test
  void fourValidatorsAgreeOnEveryBlockAndTakeTurnsToPropose() {
    TestNetwork network = TestNetwork.start(TestValidators.create(4), QbftTestNode.CONFIG);

    network.advance(8_500);

    long head = network.node(0).chain().headNumber();
    assertThat(head).isGreaterThanOrEqualTo(8);
    Set<Address> proposers = new HashSet<>();
    for (long n = 1; n <= head; n++) {
      Hash expected = QbftBlocks.hash(network.node(0).chain().block(n));
      for (QbftTestNode node : network.nodes()) {
        assertThat(QbftBlocks.hash(node.chain().block(n))).isEqualTo(expected);
      }
      proposers.add(network.node(0).chain().block(n).header().coinbase());
      assertThat(QbftBlocks.extraData(network.node(0).chain().block(n).header()).seals())
          .hasSizeGreaterThanOrEqualTo(3);
    }
    assertThat(proposers).hasSize(4);
    assertThat(network.node(0).metrics().localRoundChanges()).isZero();
  }

  @Test
  void validatorPreparesAndCommitsAnotherValidatorsProposal() {
    TestValidators validators = TestValidators.create(4);
    QbftTestNode node = QbftTestNode.start(validators, 1, time);
    Block block = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
    ConsensusRound round = new ConsensusRound(1, 0);

    node.deliver(validators.proposal(0, block));
    assertThat(node.network().messages(Prepare.class))
        .singleElement()
        .satisfies(p -> assertThat(p.digest()).isEqualTo(QbftBlocks.hash(block)));

    node.deliver(validators.prepare(0, round, QbftBlocks.hash(block)));
    assertThat(node.network().messages(Commit.class)).isEmpty();
    node.deliver(validators.prepare(2, round, QbftBlocks.hash(block)));
    assertThat(node.network().messages(Commit.class)).hasSize(1);
    assertThat(node.store().history())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.height()).isEqualTo(1);
              assertThat(s.blockHash()).isEqualTo(QbftBlocks.hash(block));
            });

    node.deliver(validators.commit(0, block));
    assertThat(node.chain().headNumber()).isZero();
    node.deliver(validators.commit(3, block));
    assertThat(node.chain().headNumber()).isEqualTo(1);
    assertThat(QbftBlocks.hash(node.chain().block(1))).isEqualTo(QbftBlocks.hash(block));
    assertThat(node.metrics().height()).isEqualTo(2);
  }

  @Test
  void localProposerProposesAfterTheBlockPeriodAndCommitsWithItsPeers() {
    TestValidators validators = TestValidators.create(4);
    QbftTestNode node = QbftTestNode.start(validators, 0, time);

    time.advance(1_000);
    node.drain();
    Proposal proposal = node.network().messages(Proposal.class).get(0);
    assertThat(proposal.round()).isEqualTo(new ConsensusRound(1, 0));
    assertThat(proposal.roundChanges()).isEmpty();
    Hash digest = proposal.digest();

    node.deliver(validators.prepare(1, proposal.round(), digest));
    node.deliver(validators.prepare(2, proposal.round(), digest));
    node.deliver(validators.commit(1, proposal.block()));
    node.deliver(validators.commit(3, proposal.block()));

    assertThat(node.chain().headNumber()).isEqualTo(1);
    assertThat(QbftBlocks.extraData(node.chain().block(1).header()).seals()).hasSize(3);
  }

  @Test
  void proposerWaitsForTransactionsUntilTheEmptyBlockPeriod() {
    TestValidators validators = TestValidators.create(1);
    QbftTestNode node =
        new QbftTestNode(validators, 0, time, new QbftConfig(1_000, 2_000, 5_000, 16_000));
    node.pendingTransactions(false);
    node.start();

    time.advance(3_000);
    node.drain();
    assertThat(node.chain().headNumber()).isZero();
    node.pendingTransactions(true);
    time.advance(1_000);
    node.drain();
    assertThat(node.chain().headNumber()).isEqualTo(1);

    node.pendingTransactions(false);
    time.advance(4_999);
    node.drain();
    assertThat(node.chain().headNumber()).isEqualTo(1);
    time.advance(1);
    node.drain();
    assertThat(node.chain().headNumber()).isEqualTo(2);
    assertThat(node.metrics().localRoundChanges()).isZero();
  }

  static io.coterie.node.consensus.qbft.extradata.QbftExtraData extra(TestValidators validators) {
    return extra(validators, 0);
  }

  static io.coterie.node.consensus.qbft.extradata.QbftExtraData extra(
      TestValidators validators, int round) {
    return io.coterie.node.consensus.qbft.extradata.QbftExtraData.unsealed(
        validators.addresses(), java.util.Optional.empty(), round);
  }
}
