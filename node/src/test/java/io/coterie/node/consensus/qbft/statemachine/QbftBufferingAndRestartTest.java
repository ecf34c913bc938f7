package io.coterie.node.consensus.qbft.statemachine;

import static io.coterie.node.consensus.qbft.statemachine.QbftHappyPathTest.extra;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.ManualTime;
import io.coterie.node.consensus.qbft.testing.QbftTestNode;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.consensus.qbft.wire.DecodedEnvelope;
import io.coterie.node.consensus.qbft.wire.QbftMessageCode;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbftBufferingAndRestartTest {
  private final ManualTime time = new ManualTime(1_000_000);
  private final TestValidators validators = TestValidators.create(4);

  @Test
  void messagesForTheNextHeightAreBufferedAndReplayedWhenItStarts() {
    QbftTestNode node = QbftTestNode.start(validators, 1, time);
    Block first = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
    Block firstSealed =
        QbftBlocks.withSeals(
            first,
            List.of(
                validators.signer(0).commitSeal(first),
                validators.signer(2).commitSeal(first),
                validators.signer(3).commitSeal(first)));
    BlockHeader parent = firstSealed.header();
    int proposer = validators.proposer(parent, 0);
    Block second =
        InMemoryChain.block(parent, validators.address(proposer), 2, extra(validators), 8);
    ConsensusRound height2 = new ConsensusRound(2, 0);
    List<Integer> others = new ArrayList<>(List.of(0, 2, 3));

    node.deliver(validators.proposal(proposer, second));
    for (int i : others) {
      node.deliver(validators.prepare(i, height2, QbftBlocks.hash(second)));
      node.deliver(validators.commit(i, second));
    }
    assertThat(node.network().messages()).isEmpty();

    node.chain().commit(firstSealed); // imported by sync, say: the head moves to 1
    node.drain();

    assertThat(node.chain().headNumber()).isEqualTo(2);
    assertThat(QbftBlocks.hash(node.chain().block(2))).isEqualTo(QbftBlocks.hash(second));
    assertThat(node.network().messages(Commit.class)).hasSize(1);
  }

  @Test
  void preparesForALaterRoundWaitUntilTheValidatorGetsThere() {
    QbftTestNode node = QbftTestNode.start(validators, 2, time);
    ConsensusRound round1 = new ConsensusRound(1, 1);
    Block block =
        InMemoryChain.block(node.head(), validators.address(1), 1, extra(validators, 1), 7);
    node.deliver(validators.prepare(0, round1, QbftBlocks.hash(block)));
    node.deliver(validators.prepare(3, round1, QbftBlocks.hash(block)));
    assertThat(node.network().messages()).isEmpty();

    List<RoundChange> quorum =
        List.of(
            validators.roundChange(0, round1),
            validators.roundChange(1, round1),
            validators.roundChange(3, round1));
    node.deliver(validators.proposal(1, block, quorum, List.of()));

    assertThat(node.metrics().round()).isEqualTo(1);
    assertThat(node.network().messages(Prepare.class)).hasSize(1);
    assertThat(node.network().messages(Commit.class)).hasSize(1); // 0, 3 replayed + own prepare
  }

  @Test
  void futureMessageBuffersAreBoundedPerAuthorAndInHeight() {
    QbftTestNode node = QbftTestNode.start(validators, 1, time);
    Hash digest = Hash.keccak(new byte[] {1});
    for (int i = 0; i < 500; i++) {
      node.deliver(validators.prepare(0, new ConsensusRound(2, 1 + i), digest));
    }
    assertThat(node.metrics().bufferEvicted()).isEqualTo(500 - QbftController.BUFFER_PER_AUTHOR);

    node.deliver(
        validators.prepare(2, new ConsensusRound(2 + QbftController.MAX_HEIGHTS_AHEAD, 0), digest));
    assertThat(node.metrics().bufferEvicted())
        .isEqualTo(500 - QbftController.BUFFER_PER_AUTHOR + 1);
  }

  @Test
  void theFutureBufferKeepsWithinItsByteBudget() {
    QbftMetrics metrics = new QbftMetrics();
    FutureMessageBuffer buffer = new FutureMessageBuffer(64, 256, 1_000, metrics);
    for (int i = 0; i < 40; i++) {
      Prepare prepare =
          validators.prepare(i % 4, new ConsensusRound(2, i), Hash.keccak(new byte[] {1}));
      buffer.add(received(prepare));
    }
    assertThat(buffer.bytes()).isLessThanOrEqualTo(1_000).isPositive();
    assertThat(buffer.size() + metrics.bufferEvicted()).isEqualTo(40);
  }

  @Test
  void aRestartedValidatorNeverSignsABlockConflictingWithItsLock() {
    QbftTestNode node = QbftTestNode.start(validators, 1, time);
    List<Integer> storedWhenCommitSent = new ArrayList<>();
    node.network()
        .forwardTo(
            (code, data) -> {
              if (code == QbftMessageCode.COMMIT.code()) {
                storedWhenCommitSent.add(node.store().history().size());
              }
            });
    Block block = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
    Hash digest = QbftBlocks.hash(block);
    ConsensusRound round0 = new ConsensusRound(1, 0);
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.prepare(0, round0, digest));
    node.deliver(validators.prepare(2, round0, digest));
    assertThat(storedWhenCommitSent).containsExactly(1);

    node.start(); // crash and restart: same chain and store, fresh memory
    node.network().clear();
    Block conflicting =
        InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 8);
    node.deliver(validators.proposal(0, conflicting));
    node.deliver(validators.prepare(0, round0, QbftBlocks.hash(conflicting)));
    node.deliver(validators.prepare(2, round0, QbftBlocks.hash(conflicting)));
    node.deliver(validators.prepare(3, round0, QbftBlocks.hash(conflicting)));

    assertThat(node.network().messages(Prepare.class)).isEmpty();
    assertThat(node.network().messages(Commit.class)).isEmpty();
    assertThat(node.metrics().refusedToSign()).isEqualTo(2);

    time.advance(QbftTestNode.CONFIG.roundTimeoutMillis(0));
    assertThat(node.network().messages(RoundChange.class))
        .singleElement()
        .satisfies(
            rc -> assertThat(rc.prepared()).isEqualTo(new PreparedRound.PreparedAt(0, digest)));
  }

  private static ReceivedEnvelope received(QbftMessage message) {
    DecodedEnvelope decoded =
        QbftMessageCodec.decodeEnvelope(
            QbftMessageCodec.code(message).code(), QbftMessageCodec.encode(message));
    return new ReceivedEnvelope(message.author(), ((DecodedEnvelope.Read) decoded).envelope());
  }
}
