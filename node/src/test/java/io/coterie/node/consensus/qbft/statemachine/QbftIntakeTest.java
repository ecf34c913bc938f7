package io.coterie.node.consensus.qbft.statemachine;

import static io.coterie.node.consensus.qbft.statemachine.QbftHappyPathTest.extra;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.PreparedRound;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.ProposalPayload;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.message.RoundChangePayload;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.consensus.qbft.port.Misconduct;
import io.coterie.node.consensus.qbft.testing.CapturingNetwork.Penalty;
import io.coterie.node.consensus.qbft.testing.InMemoryChain;
import io.coterie.node.consensus.qbft.testing.ManualTime;
import io.coterie.node.consensus.qbft.testing.QbftTestNode;
import io.coterie.node.consensus.qbft.testing.TestValidators;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.consensus.qbft.wire.QbftMessageCode;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a message costs before it is refused, counted in recovered signatures: local validator 1 of
 * 4 at height 1 (validator 0 proposes round 0), messages with justifications of the most entries
 * the wire allows (1,024) from an outsider's key, relayed by a validator, or from a validator.
 */
class QbftIntakeTest {
  private static final int HUGE = QbftMessageCodec.MAX_JUSTIFICATIONS;

  private final ManualTime time = new ManualTime(1_000_000);
  private final TestValidators validators = TestValidators.create(4);
  private final TestValidators outsiders = TestValidators.create(1, 7);
  private final QbftTestNode node = QbftTestNode.start(validators, 1, time);
  private final ConsensusRound round0 = new ConsensusRound(1, 0);
  private final ConsensusRound round1 = new ConsensusRound(1, 1);
  private final ConsensusRound round2 = new ConsensusRound(1, 2);
  private final Block block =
      InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 7);
  private final Hash digest = QbftBlocks.hash(block);
  private final SignedMessage<PreparePayload> prepare =
      validators.prepare(0, round0, digest).signed();

  /** A round change for round 1 claiming round 0 prepared, with {@code HUGE} prepares. */
  private RoundChange hugeRoundChange(MessageSigner author) {
    return new RoundChange(
        author.sign(new RoundChangePayload(round1, new PreparedRound.PreparedAt(0, digest))),
        new PreparedCertificate.Present(block, Collections.nCopies(HUGE, prepare)));
  }

  /** A round-2 proposal justified by {@code HUGE} round changes. */
  private Proposal hugeProposal(MessageSigner author) {
    Block reproposed = QbftBlocks.withRound(block, 2);
    RoundChange rc = validators.roundChange(2, round2);
    return new Proposal(
        author.sign(new ProposalPayload(round2, reproposed)),
        Collections.nCopies(HUGE, rc.signed()),
        List.of());
  }

  /** Round 2's proposer, which is not the local validator (1). */
  private int roundTwoProposer() {
    int proposer = validators.proposer(node.head(), 2);
    assertThat(proposer).isNotEqualTo(1);
    return proposer;
  }

  private void deliverFrom(Address sender, QbftMessage message) {
    node.deliverRaw(
        sender, QbftMessageCodec.code(message).code(), QbftMessageCodec.encode(message));
  }

  @Test
  void aNonValidatorPeersHugeMessagesAreDroppedWithoutRecoveringASignature() {
    Address outsider = outsiders.address(0);
    long before = node.metrics().signaturesRecovered();

    deliverFrom(outsider, hugeRoundChange(outsiders.signer(0)));
    deliverFrom(outsider, hugeProposal(outsiders.signer(0)));

    assertThat(node.metrics().signaturesRecovered()).isEqualTo(before);
    assertThat(node.metrics().rejected(MessageRejection.NOT_A_VALIDATOR)).isEqualTo(2);
    assertThat(node.network().penalties())
        .extracting(Penalty::sender, Penalty::misconduct)
        .containsOnly(tuple(outsider, Misconduct.UNAUTHORISED));
    assertThat(node.network().messages()).isEmpty();
  }

  @Test
  void aHugeMessageSignedByAnOutsiderAndSentByAValidatorCostsOneRecovery() {
    long before = node.metrics().signaturesRecovered();

    deliverFrom(validators.address(2), hugeRoundChange(outsiders.signer(0)));

    assertThat(node.metrics().signaturesRecovered()).isEqualTo(before + 1);
    assertThat(node.metrics().rejected(MessageRejection.NOT_FROM_AUTHOR)).isEqualTo(1);
    assertThat(node.network().penalties())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.sender()).isEqualTo(validators.address(2));
              assertThat(p.misconduct()).isEqualTo(Misconduct.UNAUTHORISED);
            });
  }

  @Test
  void aValidatorsJustificationLongerThanTheValidatorSetIsRefusedBeforeItIsRecovered() {
    long before = node.metrics().signaturesRecovered();

    deliverFrom(validators.address(2), hugeRoundChange(validators.signer(2)));
    MessageSigner proposer = validators.signer(roundTwoProposer());
    deliverFrom(proposer.address(), hugeProposal(proposer));

    assertThat(node.metrics().signaturesRecovered()).isEqualTo(before + 2);
    assertThat(node.metrics().rejected(MessageRejection.MALFORMED)).isEqualTo(2);
    assertThat(node.network().penalties())
        .extracting(Penalty::misconduct)
        .containsExactly(Misconduct.MALFORMED, Misconduct.MALFORMED);
    assertThat(node.metrics().round()).isZero();
  }

  @Test
  void aProposalFromAValidatorThatIsNotTheRoundsProposerIsRefusedUnopened() {
    int notProposer = (roundTwoProposer() + 1) % 4 == 1 ? 3 : (roundTwoProposer() + 1) % 4;
    long before = node.metrics().signaturesRecovered();

    deliverFrom(validators.address(notProposer), hugeProposal(validators.signer(notProposer)));

    assertThat(node.metrics().signaturesRecovered()).isEqualTo(before + 1);
    assertThat(node.metrics().rejected(MessageRejection.WRONG_PROPOSER)).isEqualTo(1);
    assertThat(node.network().penalties())
        .extracting(Penalty::misconduct)
        .containsExactly(Misconduct.UNAUTHORISED);
  }

  @Test
  void duplicatesAreDroppedByHashBeforeAnySignatureIsRecovered() {
    node.deliver(validators.proposal(0, block));
    long afterProposal = node.metrics().signaturesRecovered();
    byte[] bytes = QbftMessageCodec.encode(validators.prepare(2, round0, digest));

    node.deliverRaw(validators.address(2), QbftMessageCode.PREPARE.code(), bytes);
    node.deliverRaw(validators.address(2), QbftMessageCode.PREPARE.code(), bytes);
    node.deliverRaw(validators.address(2), QbftMessageCode.PREPARE.code(), bytes);

    assertThat(node.metrics().signaturesRecovered()).isEqualTo(afterProposal + 1);
    assertThat(node.metrics().duplicates()).isEqualTo(2);
    assertThat(node.network().penalties()).isEmpty();
  }

  @Test
  void aSignatureThatRecoversNoKeyIsMalformedAndPenalised() {
    byte[] bytes = QbftMessageCodec.encode(validators.prepare(2, round0, digest));
    Arrays.fill(bytes, bytes.length - 65, bytes.length - 1, (byte) 0); // r = s = 0

    node.deliverRaw(validators.address(2), QbftMessageCode.PREPARE.code(), bytes);

    assertThat(node.metrics().rejected(MessageRejection.MALFORMED)).isEqualTo(1);
    assertThat(node.network().penalties())
        .singleElement()
        .satisfies(p -> assertThat(p.misconduct()).isEqualTo(Misconduct.MALFORMED));
  }

  @Test
  void aCommitSealByAnotherKeyAndEquivocationArePenalised() {
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.commit(2, block, 3));
    Block other = InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 8);
    node.deliver(validators.prepare(3, round0, digest));
    node.deliver(validators.prepare(3, round0, QbftBlocks.hash(other)));

    assertThat(node.network().penalties())
        .extracting(Penalty::sender, Penalty::misconduct)
        .containsExactly(
            tuple(validators.address(2), Misconduct.MALFORMED),
            tuple(validators.address(3), Misconduct.CONFLICTING));
  }

  @Test
  void honestValidatorsMessagesForOtherHeightsAndRoundsAreNotPenalised() {
    node.deliver(validators.prepare(0, new ConsensusRound(2, 0), digest)); // a later height
    node.deliver(validators.prepare(0, new ConsensusRound(1, 3), digest)); // a later round
    node.deliver(validators.proposal(0, block));
    node.deliver(validators.commit(0, block));
    node.deliver(validators.commit(2, block));
    node.deliver(validators.commit(3, block));
    assertThat(node.chain().headNumber()).isEqualTo(1);

    node.deliver(validators.prepare(3, round0, digest)); // height 1 is past now
    Block otherBlock =
        InMemoryChain.block(node.head(), validators.address(0), 1, extra(validators), 8);
    node.deliver(validators.prepare(2, round0, QbftBlocks.hash(otherBlock)));

    assertThat(node.metrics().oldMessages()).isGreaterThanOrEqualTo(2);
    assertThat(node.network().penalties()).isEmpty();
  }

  @Test
  void aNonValidatorsMessagesForOtherHeightsCountOnlyALittle() {
    Address outsider = outsiders.address(0);
    deliverFrom(outsider, outsiders.prepare(0, new ConsensusRound(5, 0), digest));

    assertThat(node.metrics().rejected(MessageRejection.NOT_A_VALIDATOR)).isEqualTo(1);
    assertThat(node.network().penalties())
        .extracting(Penalty::misconduct)
        .containsExactly(Misconduct.UNEXPECTED);
  }
}
