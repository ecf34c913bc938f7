package io.coterie.node.consensus.qbft.statemachine;

import static io.coterie.node.consensus.qbft.statemachine.QbftHappyPathTest.extra;
import static org.assertj.core.api.Assertions.assertThat;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.ManualTime;
import io.coterie.node.consensus.qbft.testing.QbftTestNode;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.wire.QbftMessageCode;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Local validator 1 of 4; validator 0 proposes round 0 of height 1; "outsider" 0 of another set.
 */
class QbftBadMessagesTest {
  private final ManualTime time = new ManualTime(1_000_000);
  private final TestValidators validators = TestValidators.create(4);
  private final TestValidators outsiders = TestValidators.create(1, 7);
  private final QbftTestNode node = QbftTestNode.start(validators, 1, time);
  private final ConsensusRound round0 = new ConsensusRound(1, 0);
  private final Block block =
      InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
  private final Hash digest = QbftBlocks.hash(block);

  @Test
  void proposalFromAValidatorThatIsNotTheProposerIsRejected() {
    Block byTwo = InMemoryChain.block(node.head(), validators.address(2), 1, extra(validators), 8);
    node.deliver(validators.proposal(2, byTwo));

    assertThat(node.metrics().rejected(MessageRejection.WRONG_PROPOSER)).isEqualTo(1);
    assertThat(node.network().messages()).isEmpty();
  }

  @Test
  void proposalWhoseBlockCarriesAnotherRoundOrFailsVerificationIsRejected() {
    Block round3 =
        InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators, 3), 7);
    node.deliver(validators.proposal(0, round0, round3));
    node.chain().markInvalid(block);
    node.deliver(validators.proposal(0, block));

    assertThat(node.metrics().rejected(MessageRejection.BAD_BLOCK_HEADER)).isEqualTo(1);
    assertThat(node.metrics().rejected(MessageRejection.INVALID_BLOCK)).isEqualTo(1);
    assertThat(node.network().messages(Prepare.class)).isEmpty();
  }

  @Test
  void preparesAndCommitsForAnotherBlockAreRejectedAndDoNotCount() {
    Hash other = Hash.keccak(new byte[] {1});
    node.deliver(validators.prepare(0, round0, other)); // before the proposal: kept, then dropped
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.prepare(2, round0, other));
    node.deliver(validators.prepare(3, round0, digest));

    assertThat(node.metrics().rejected(MessageRejection.WRONG_DIGEST)).isEqualTo(2);
    assertThat(node.network().messages(Commit.class)).isEmpty();

    Block otherBlock =
        InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 9);
    node.deliver(validators.commit(2, otherBlock));
    assertThat(node.metrics().rejected(MessageRejection.WRONG_DIGEST)).isEqualTo(3);
  }

  @Test
  void commitWithASealByAnotherKeyOrForAnotherRoundIsRejected() {
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.prepare(0, round0, digest));
    node.deliver(validators.prepare(2, round0, digest));

    node.deliver(validators.commit(0, block, 3)); // seal made by validator 3's key
    node.deliver( // seal over the block as proposed in round 1
        validators.commit(
            2, round0, digest, validators.signer(2).commitSeal(QbftBlocks.withRound(block, 1))));
    node.deliver(validators.commit(3, block));

    assertThat(node.metrics().rejected(MessageRejection.BAD_COMMIT_SEAL)).isEqualTo(2);
    assertThat(node.chain().headNumber()).isZero();
    node.deliver(validators.commit(0, block));
    assertThat(node.chain().headNumber()).isEqualTo(1);
  }

  @Test
  void duplicatesAreIgnoredAndCountOnce() {
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.prepare(0, round0, digest));
    node.deliver(validators.prepare(0, round0, digest));
    node.deliver(validators.prepare(0, round0, digest));

    assertThat(node.metrics().duplicates()).isEqualTo(3);
    assertThat(node.network().messages(Commit.class)).isEmpty();
    assertThat(node.network().messages(Prepare.class)).hasSize(1);
  }

  @Test
  void equivocatingMessagesAreRejectedAndTheFirstStands() {
    Block second = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 8);
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.proposal(0, second));
    node.deliver(validators.prepare(2, round0, digest));
    node.deliver(validators.prepare(2, round0, QbftBlocks.hash(second)));
    node.deliver(validators.commit(3, block));
    node.deliver(validators.commit(3, second));

    assertThat(node.metrics().rejected(MessageRejection.EQUIVOCATION)).isEqualTo(3);
    assertThat(node.network().messages(Prepare.class))
        .singleElement()
        .satisfies(p -> assertThat(p.digest()).isEqualTo(digest));
  }

  @Test
  void messagesFromNonValidatorsAreRejected() {
    Block byOutsider =
        InMemoryChain.block(node.head(), outsiders.address(0), 1, extra(validators), 8);
    node.deliver(outsiders.proposal(0, byOutsider));
    node.deliver(outsiders.prepare(0, round0, digest));
    node.deliver(outsiders.commit(0, block));
    node.deliver(outsiders.roundChange(0, new ConsensusRound(1, 1)));

    assertThat(node.metrics().rejected(MessageRejection.NOT_A_VALIDATOR)).isEqualTo(4);
    assertThat(node.network().messages()).isEmpty();
  }

  @Test
  void malformedUnknownAndOversizedMessagesAreCountedAndNothingBreaks() {
    byte[] prepare = QbftMessageCodec.encode(validators.prepare(0, round0, digest));
    node.deliverRaw(QbftMessageCode.PREPARE.code(), Arrays.copyOf(prepare, prepare.length + 1));
    node.deliverRaw(QbftMessageCode.PREPARE.code(), Arrays.copyOf(prepare, prepare.length - 1));
    node.deliverRaw(0x7f, prepare);
    node.deliverRaw(QbftMessageCode.COMMIT.code(), new byte[2_000]);
    node.deliverRaw(QbftMessageCode.PROPOSAL.code(), new byte[] {(byte) 0xc0});

    assertThat(node.metrics().rejected(MessageRejection.MALFORMED)).isEqualTo(5);

    node.deliver(validators.proposal(0, block));
    node.deliver(validators.prepare(0, round0, digest));
    node.deliver(validators.prepare(2, round0, digest));
    node.deliver(validators.commit(0, block));
    node.deliver(validators.commit(2, block));
    assertThat(node.chain().headNumber()).isEqualTo(1);
  }

  @Test
  void commitsThatArriveBeforePreparesOrEvenTheProposalStillCommitTheBlock() {
    node.deliver(validators.commit(0, block));
    node.deliver(validators.commit(2, block));
    assertThat(node.chain().headNumber()).isZero();
    node.deliver(validators.proposal(0, block));
    assertThat(node.chain().headNumber()).isZero(); // two commits, quorum is three
    node.deliver(validators.commit(3, block));

    assertThat(node.chain().headNumber()).isEqualTo(1);
    assertThat(QbftBlocks.extraData(node.chain().block(1).header()).seals()).hasSize(3);
  }

  @Test
  void messagesForPastHeightsAreDropped() {
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.commit(0, block));
    node.deliver(validators.commit(2, block));
    node.deliver(validators.commit(3, block));
    assertThat(node.chain().headNumber()).isEqualTo(1);

    node.deliver(validators.prepare(3, round0, digest));
    assertThat(node.metrics().oldMessages()).isEqualTo(1);
  }
}
