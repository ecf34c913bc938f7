package io.coterie.node.consensus.qbft.statemachine;

import static io.coterie.node.consensus.qbft.statemachine.QbftHappyPathTest.extra;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.ManualTime;
import io.coterie.node.consensus.qbft.testing.QbftTestNode;
import io.coterie.node.consensus.qbft.testing.TestNetwork;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbftRoundChangeTest {
  private final ManualTime time = new ManualTime(1_000_000);
  private final TestValidators validators = TestValidators.create(4);

  @Test
  void roundTimeoutDoublesEachRoundUpToTheCap() {
    QbftConfig config = new QbftConfig(1_000, 2_000, 1_000, 16_000);
    assertThat(
            List.of(0, 1, 2, 3, 4, 40, 70, Integer.MAX_VALUE).stream()
                .map(config::roundTimeoutMillis))
        .containsExactly(2_000L, 4_000L, 8_000L, 16_000L, 16_000L, 16_000L, 16_000L, 16_000L);

    QbftTestNode node = QbftTestNode.start(validators, 3, time);
    long[] roundChangeAt = {3_000, 7_000, 15_000, 31_000, 47_000, 63_000};
    long elapsed = 0;
    for (int i = 0; i < roundChangeAt.length; i++) {
      time.advance(roundChangeAt[i] - 1 - elapsed);
      node.drain();
      assertThat(node.network().messages(RoundChange.class)).hasSize(i);
      time.advance(1);
      node.drain();
      elapsed = roundChangeAt[i];
      assertThat(node.network().messages(RoundChange.class))
          .hasSize(i + 1)
          .last()
          .satisfies(rc -> assertThat(rc.round().round()).isEqualTo(node.metrics().round()));
    }
    assertThat(node.metrics().round()).isEqualTo(6);
  }

  @Test
  void afterATimeoutTheNewProposerReproposesTheBlockItPrepared() {
    QbftTestNode node = QbftTestNode.start(validators, 1, time);
    Block block = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
    Hash digest = QbftBlocks.hash(block);
    ConsensusRound round0 = new ConsensusRound(1, 0);
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.prepare(0, round0, digest));
    node.deliver(validators.prepare(2, round0, digest));
    assertThat(node.network().messages(Commit.class)).hasSize(1);

    time.advance(3_000); // block period + round-0 timeout; the commits never come
    node.drain();
    RoundChange own = node.network().messages(RoundChange.class).get(0);
    assertThat(own.round()).isEqualTo(new ConsensusRound(1, 1));
    assertThat(own.prepared()).isEqualTo(new PreparedRound.PreparedAt(0, digest));
    assertThat(own.certificate()).isInstanceOf(PreparedCertificate.Present.class);

    ConsensusRound round1 = new ConsensusRound(1, 1);
    node.deliver(validators.roundChange(2, round1));
    assertThat(node.network().messages(Proposal.class)).isEmpty();
    node.deliver(validators.roundChange(3, round1));

    Proposal reproposal = node.network().messages(Proposal.class).get(0);
    assertThat(reproposal.round()).isEqualTo(round1);
    assertThat(reproposal.digest()).isEqualTo(digest);
    assertThat(QbftBlocks.extraData(reproposal.block().header()).round()).isEqualTo(1);
    assertThat(reproposal.roundChanges()).hasSize(3);
    assertThat(reproposal.prepares()).hasSize(3);

    QbftTestNode peer = QbftTestNode.start(validators, 2, time);
    peer.deliver(reproposal);
    assertThat(peer.network().messages(Prepare.class))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.round()).isEqualTo(round1);
              assertThat(p.digest()).isEqualTo(digest);
            });

    node.deliver(validators.prepare(2, round1, digest));
    node.deliver(validators.prepare(3, round1, digest));
    node.deliver(validators.commit(2, reproposal.block()));
    node.deliver(validators.commit(3, reproposal.block()));
    assertThat(node.chain().headNumber()).isEqualTo(1);
    assertThat(QbftBlocks.hash(node.chain().block(1))).isEqualTo(digest);
    assertThat(QbftBlocks.extraData(node.chain().block(1).header()).round()).isEqualTo(1);
  }

  @Test
  void aProposerThatMissedRoundZeroReproposesTheBlockOthersPrepared() {
    QbftTestNode node = QbftTestNode.start(validators, 1, time);
    Block block = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
    ConsensusRound round1 = new ConsensusRound(1, 1);

    node.deliver(validators.roundChange(0, round1, block, 0, 2, 3));
    assertThat(node.network().messages(RoundChange.class)).isEmpty();
    node.deliver(validators.roundChange(3, round1)); // f+1 = 2 ask for round 1: join them

    assertThat(node.network().messages(RoundChange.class)).hasSize(1);
    Proposal reproposal = node.network().messages(Proposal.class).get(0);
    assertThat(reproposal.digest()).isEqualTo(QbftBlocks.hash(block));
    assertThat(reproposal.prepares())
        .extracting(p -> p.author())
        .containsExactlyInAnyOrder(
            validators.address(0), validators.address(2), validators.address(3));
  }

  @Test
  void fPlusOneRoundChangesMoveToTheHighestRoundThatFPlusOneReached() {
    QbftTestNode node = QbftTestNode.start(validators, 3, time);

    node.deliver(validators.roundChange(0, new ConsensusRound(1, 5)));
    node.deliver(validators.roundChange(2, new ConsensusRound(1, 3)));

    assertThat(node.metrics().round()).isEqualTo(3);
    assertThat(node.network().messages(RoundChange.class))
        .singleElement()
        .satisfies(rc -> assertThat(rc.round()).isEqualTo(new ConsensusRound(1, 3)));
  }

  @Test
  void aProposalForALaterRoundNeedsAQuorumOfRoundChangesAndTheHighestPreparedBlock() {
    QbftTestNode node = QbftTestNode.start(validators, 2, time);
    ConsensusRound round1 = new ConsensusRound(1, 1);
    Block prepared =
        InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
    Block other =
        InMemoryChain.block(node.head(), validators.address(1), 1, extra(validators, 1), 8);

    node.deliver(
        validators.proposal(
            1,
            other,
            List.of(validators.roundChange(0, round1), validators.roundChange(3, round1)),
            List.of()));
    node.deliver(
        validators.proposal(
            1,
            other,
            List.of(
                validators.roundChange(0, round1, prepared, 0, 2, 3),
                validators.roundChange(1, round1),
                validators.roundChange(3, round1)),
            validators.roundChange(0, round1, prepared, 0, 2, 3).certificate()
                    instanceof PreparedCertificate.Present p
                ? p.prepares()
                : List.of()));

    assertThat(node.metrics().rejected(MessageRejection.UNJUSTIFIED_PROPOSAL)).isEqualTo(2);
    assertThat(node.network().messages(Prepare.class)).isEmpty();
    assertThat(node.metrics().round()).isZero();
  }

  @Test
  void fourValidatorsKeepCommittingWhileTheFirstProposerIsDown() {
    TestNetwork network = TestNetwork.start(validators, QbftTestNode.CONFIG);
    network.disconnect(0);

    network.advance(20_000);

    long head = network.node(1).chain().headNumber();
    assertThat(head).isGreaterThanOrEqualTo(3);
    for (int i = 2; i < 4; i++) {
      assertThat(network.node(i).chain().headNumber()).isEqualTo(head);
      assertThat(QbftBlocks.hash(network.node(i).chain().block(head)))
          .isEqualTo(QbftBlocks.hash(network.node(1).chain().block(head)));
    }
    assertThat(network.node(0).chain().headNumber()).isZero();
    assertThat(QbftBlocks.extraData(network.node(1).chain().block(1).header()).round())
        .isEqualTo(1);
  }
}
