package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.CommitPayload;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.PreparedCertificate;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.message.RoundChange;
import io.coterie.node.consensus.qbft.port.LockedState;
import io.coterie.node.consensus.qbft.validate.HeightContext;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.validate.ProposalValidator;
import io.coterie.node.consensus.qbft.validate.RoundChangeValidator;
import io.coterie.node.consensus.qbft.validate.Verdict;
import io.coterie.node.consensus.qbft.wire.MessageSigner;
import io.coterie.node.consensus.qbft.wire.QbftMessageCodec;
import io.coterie.node.types.Address;
import io.coterie.node.types.Hash;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one height: round 0 after the block timer, then rounds, round changes and timers until a
 * quorum commits a block. The local validator's own messages go through the same state as its
 * peers' (without re-validation). Before it signs a commit it persists the prepared certificate as
 * the {@link LockedState}; after a restart it resumes at the locked round and refuses to sign a
 * different block in it.
 */
final class HeightManager {
  private static final Logger LOG = LoggerFactory.getLogger(HeightManager.class);

  private final QbftServices services;
  private final MessageSigner signer;
  private final QbftMetrics metrics;
  private final FutureMessageBuffer buffer;
  private final HeightContext context;
  private final ProposalValidator proposalValidator;
  private final ProposalFactory proposals;
  private final Consumer<QbftEvent> events;
  private final Rejections rejections;
  private final EnvelopeOpener opener;

  private final BlockPeriod period;

  private final boolean localIsValidator;
  private final RoundChangeTracker roundChanges = new RoundChangeTracker();

  private RoundState roundState;
  private final ValidatorLock lock;
  private final RoundTimer roundTimer;
  private boolean proposed;
  private boolean sentCommit;
  private boolean committed;
  private int roundChangeSentFor = -1;

  HeightManager(
      QbftServices services,
      MessageSigner signer,
      QbftMetrics metrics,
      FutureMessageBuffer buffer,
      Rejections rejections,
      HeightContext context,
      Optional<LockedState> persisted,
      Consumer<QbftEvent> events,
      long previousProposalAtMillis) {
    this.services = services;
    this.signer = signer;
    this.metrics = metrics;
    this.buffer = buffer;
    this.context = context;
    this.events = events;
    this.rejections = rejections;
    this.opener = new EnvelopeOpener(context, buffer, metrics, rejections);
    this.proposalValidator = new ProposalValidator(services.blockVerifier());
    this.proposals = new ProposalFactory(services, signer, context);
    this.roundTimer = new RoundTimer(services.timer(), services.config(), events);
    this.period =
        new BlockPeriod(services.clock().nowMillis(), previousProposalAtMillis, services.config());
    this.localIsValidator = context.validators().contains(signer.address());
    this.lock = new ValidatorLock(context.height(), services.stateStore(), persisted);
  }

  /** When round 0's proposal of this height was made or first seen; -1 if none was. */
  long roundZeroProposalAtMillis() {
    return period.proposalAtMillis();
  }

  long height() {
    return context.height();
  }

  int currentRound() {
    return roundState.round().round();
  }

  void start() {
    Optional<LockedState> locked = lock.restored();
    if (locked.isPresent()) {
      LOG.info(
          "Resuming locked height={} round={} block={}",
          height(),
          locked.get().round(),
          locked.get().blockHash());
      enterRound(locked.get().round());
      roundTimer.start(roundState.round(), 0);
      return;
    }
    enterRound(0);
    services
        .timer()
        .schedule(
            Math.max(0, period.dueAtMillis() - services.clock().nowMillis()),
            () -> events.accept(new QbftEvent.BlockTimerFired(height())));
  }

  void onBlockTimer() {
    long now = services.clock().nowMillis();
    if (currentRound() != 0 || committed || now < period.dueAtMillis()) {
      return;
    }
    if (!roundTimer.isRunning()) {
      roundTimer.start(roundState.round(), services.config().emptyBlockDelayMillis());
    }
    if (!localIsValidator || proposed || !context.proposer(0).equals(signer.address())) {
      return;
    }
    long emptyAllowedAt = period.emptyBlockAllowedAtMillis();
    if (!services.blockCreator().hasPendingTransactions() && now < emptyAllowedAt) {
      long wait = Math.min(services.config().blockPeriodMillis(), emptyAllowedAt - now);
      services.timer().schedule(wait, () -> events.accept(new QbftEvent.BlockTimerFired(height())));
      return;
    }
    period.proposalSeen(now);
    propose(proposals.first(now));
  }

  void onRoundTimer(int round) {
    if (round != currentRound()) {
      return;
    }
    LOG.info("Round timed out height={} round={}", height(), round);
    moveToRound(round + 1, true);
  }

  /** A message for this height; {@link EnvelopeOpener} says which are opened. */
  void handle(ReceivedEnvelope received) {
    Optional<QbftMessage> opened = opener.open(received, currentRound());
    if (opened.isEmpty()) {
      return;
    }
    QbftMessage message = opened.get();
    if (message instanceof RoundChange rc) {
      onRoundChange(rc);
    } else if (message instanceof Proposal p) {
      onProposal(p);
    } else if (message instanceof Prepare p) {
      onPrepare(p);
    } else if (message instanceof Commit c) {
      onCommit(c);
    }
  }

  private void onProposal(Proposal proposal) {
    long seenAt = services.clock().nowMillis();
    Optional<Proposal> held =
        proposal.round().round() == currentRound() ? roundState.proposal() : Optional.empty();
    if (held.isPresent()) {
      if (held.get().digest().equals(proposal.digest())) {
        metrics.duplicate();
      } else {
        reject(
            proposal.author(),
            MessageRejection.EQUIVOCATION,
            proposal.author(),
            "proposal",
            proposal.round(),
            held.get().digest(),
            proposal.digest());
      }
      return;
    }
    Verdict verdict = proposalValidator.validate(proposal, context);
    if (verdict instanceof Verdict.Rejected rejected) {
      reject(proposal.author(), rejected);
      return;
    }
    if (proposal.round().round() == 0) {
      period.proposalSeen(seenAt);
    }
    if (proposal.round().round() > currentRound()) {
      moveToRound(proposal.round().round(), false);
    }
    acceptProposal(proposal);
  }

  private void acceptProposal(Proposal proposal) {
    roundState.accept(proposal, this::reject);
    if (!roundTimer.isRunning()) {
      roundTimer.start(roundState.round(), 0);
    }
    Hash digest = proposal.digest();
    if (!localIsValidator || conflictsWithLock(digest)) {
      return;
    }
    Prepare prepare = new Prepare(signer.sign(new PreparePayload(roundState.round(), digest)));
    send(prepare);
    roundState.add(prepare);
    afterVote();
  }

  private void onPrepare(Prepare prepare) {
    intake(prepare.author(), roundState.offer(prepare));
  }

  private void onCommit(Commit commit) {
    intake(commit.author(), roundState.offer(commit));
  }

  /** Empty: a duplicate of a message already held. */
  private void intake(Address author, Optional<Verdict> verdict) {
    if (verdict.isEmpty()) {
      metrics.duplicate();
    } else if (verdict.get() instanceof Verdict.Rejected rejected) {
      reject(author, rejected);
    } else {
      afterVote();
    }
  }

  private void afterVote() {
    if (roundState.isPrepared() && !sentCommit && localIsValidator) {
      sendCommit();
    }
    if (roundState.isCommitted() && !committed) {
      committed = true;
      var sealed = QbftBlocks.withSeals(roundState.proposedBlock(), roundState.commitSeals());
      LOG.info(
          "Committed height={} round={} block={} seals={}",
          height(),
          currentRound(),
          QbftBlocks.hash(sealed),
          roundState.commitSeals().size());
      metrics.committed();
      services.blockCommitter().commit(sealed);
    }
  }

  private void sendCommit() {
    Proposal proposal = roundState.proposal().orElseThrow();
    Hash digest = proposal.digest();
    if (conflictsWithLock(digest)) {
      return;
    }
    sentCommit = true;
    lock.lock(
        currentRound(),
        digest,
        new PreparedCertificate.Present(proposal.block(), roundState.preparesCertificate()));
    Commit commit =
        new Commit(
            signer.sign(
                new CommitPayload(
                    roundState.round(), digest, signer.commitSeal(proposal.block()))));
    send(commit);
    roundState.add(commit);
  }

  /** Never sign a block other than the locked one in the locked round. */
  private boolean conflictsWithLock(Hash digest) {
    if (!lock.conflicts(currentRound(), digest)) {
      return false;
    }
    LOG.warn(
        "Refusing to sign a block conflicting with the lock height={} round={} locked={} offered={}",
        height(),
        currentRound(),
        lock.lockedBlock(),
        digest);
    metrics.countRefusedToSign();
    return true;
  }

  private void onRoundChange(RoundChange roundChange) {
    Verdict verdict = RoundChangeValidator.validate(roundChange, context);
    if (verdict instanceof Verdict.Rejected rejected) {
      reject(roundChange.author(), rejected);
      return;
    }
    int round = roundChange.round().round();
    Optional<RoundChange> held = roundChanges.from(roundChange.author(), round);
    if (held.isPresent()) {
      if (held.get().equals(roundChange)) {
        metrics.duplicate();
      } else {
        reject(
            roundChange.author(),
            MessageRejection.EQUIVOCATION,
            roundChange.author(),
            "round change",
            roundChange.round(),
            held.get().prepared(),
            roundChange.prepared());
      }
      return;
    }
    roundChanges.add(roundChange);
    OptionalInt early =
        roundChanges.earlyRoundChange(currentRound(), context.validators().faultTolerance() + 1);
    if (early.isPresent() && early.getAsInt() > currentRound()) {
      LOG.info("Joining round of f+1 validators height={} round={}", height(), early.getAsInt());
      moveToRound(early.getAsInt(), true);
    }
    if (round >= currentRound()
        && roundChanges.quorumFor(round, context.validators().quorum()).isPresent()) {
      if (round > currentRound()) {
        moveToRound(round, true);
      }
      proposeIfDue();
    }
  }

  private void moveToRound(int round, boolean sendRoundChange) {
    enterRound(round);
    metrics.roundChange();
    roundTimer.start(roundState.round(), 0);
    if (sendRoundChange && localIsValidator && roundChangeSentFor < round) {
      roundChangeSentFor = round;
      RoundChange own = lock.roundChange(signer, round);
      send(own);
      roundChanges.add(own);
    }
    for (ReceivedEnvelope message : buffer.takeUpTo(roundState.round())) {
      if (message.envelope().round().height() == height()) {
        handle(message);
      }
    }
    proposeIfDue();
  }

  private void enterRound(int round) {
    roundState = new RoundState(new ConsensusRound(height(), round), context);
    roundChanges.discardBelow(round);
    proposed = false;
    sentCommit = false;
    metrics.position(height(), round);
  }

  private void proposeIfDue() {
    int round = currentRound();
    if (round == 0
        || proposed
        || !localIsValidator
        || committed
        || !context.proposer(round).equals(signer.address())) {
      return;
    }
    Optional<List<RoundChange>> quorum =
        roundChanges.quorumFor(round, context.validators().quorum());
    if (quorum.isPresent()) {
      propose(proposals.justified(round, quorum.get(), services.clock().nowMillis()));
    }
  }

  private void propose(Proposal proposal) {
    proposed = true;
    LOG.info(
        "Proposing height={} round={} block={} txs={}",
        height(),
        currentRound(),
        proposal.digest(),
        proposal.block().transactions().size());
    send(proposal);
    acceptProposal(proposal);
  }

  private void reject(Address culprit, MessageRejection reason, Object... args) {
    rejections.reject(culprit, reason, args);
  }

  private void reject(Address culprit, Verdict.Rejected rejected) {
    rejections.reject(culprit, rejected);
  }

  private void send(QbftMessage message) {
    services
        .network()
        .multicast(QbftMessageCodec.code(message).code(), QbftMessageCodec.encode(message));
  }
}
