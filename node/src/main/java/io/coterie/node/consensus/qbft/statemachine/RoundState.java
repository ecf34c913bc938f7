package io.coterie.node.consensus.qbft.statemachine;

import io.coterie.node.consensus.qbft.message.Commit;
import io.coterie.node.consensus.qbft.message.ConsensusRound;
import io.coterie.node.consensus.qbft.message.Prepare;
import io.coterie.node.consensus.qbft.message.PreparePayload;
import io.coterie.node.consensus.qbft.message.Proposal;
import io.coterie.node.consensus.qbft.message.QbftMessage;
import io.coterie.node.consensus.qbft.message.SignedMessage;
import io.coterie.node.consensus.qbft.validate.CommitValidator;
import io.coterie.node.consensus.qbft.validate.HeightContext;
import io.coterie.node.consensus.qbft.validate.MessageRejection;
import io.coterie.node.consensus.qbft.validate.PrepareValidator;
import io.coterie.node.consensus.qbft.validate.Verdict;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The messages of one round, as the QBFT spec counts them. Prepared means an accepted proposal and
 * a quorum of prepares for its block; the proposal itself does not count as a prepare (the proposer
 * sends its own prepare like every validator). Committed means an accepted proposal and a quorum of
 * commits with valid seals, whether or not this validator was prepared. Prepares and commits that
 * arrive before the proposal are kept (one per author) and checked against it when it arrives.
 */
final class RoundState {
  private final ConsensusRound round;
  private final HeightContext context;
  private final Map<Address, Prepare> prepares = new TreeMap<>();
  private final Map<Address, Commit> commits = new TreeMap<>();
  private Proposal proposal;

  RoundState(ConsensusRound round, HeightContext context) {
    this.round = round;
    this.context = context;
  }

  ConsensusRound round() {
    return round;
  }

  Optional<Proposal> proposal() {
    return Optional.ofNullable(proposal);
  }

  /**
   * Accepts a validated proposal and drops earlier prepares and commits that do not match it,
   * reporting each drop's verdict.
   */
  void accept(Proposal accepted, BiConsumer<Address, Verdict.Rejected> dropped) {
    proposal = accepted;
    Hash digest = accepted.digest();
    prepares
        .values()
        .removeIf(p -> rejectedBy(p, PrepareValidator.validate(p, context, digest), dropped));
    commits
        .values()
        .removeIf(
            c -> rejectedBy(c, CommitValidator.validate(c, context, accepted.block()), dropped));
  }

  private static boolean rejectedBy(
      QbftMessage message, Verdict verdict, BiConsumer<Address, Verdict.Rejected> dropped) {
    if (verdict instanceof Verdict.Rejected rejected) {
      dropped.accept(message.author(), rejected);
      return true;
    }
    return false;
  }

  /**
   * Adds a prepare from a validator unless it fails validation or contradicts the one held from its
   * author (equivocation). Empty when it repeats the one held.
   */
  Optional<Verdict> offer(Prepare prepare) {
    Prepare held = prepares.get(prepare.author());
    if (held != null) {
      return sameOrEquivocation(prepare, "prepare", held.digest(), prepare.digest());
    }
    Verdict verdict =
        proposal == null
            ? authorCheck(prepare)
            : PrepareValidator.validate(prepare, context, proposal.digest());
    if (verdict.isAccepted()) {
      prepares.put(prepare.author(), prepare);
    }
    return Optional.of(verdict);
  }

  /** As {@link #offer(Prepare)}; the seal is checked once the proposal is known. */
  Optional<Verdict> offer(Commit commit) {
    Commit held = commits.get(commit.author());
    if (held != null) {
      return sameOrEquivocation(commit, "commit", held.digest(), commit.digest());
    }
    Verdict verdict =
        proposal == null
            ? authorCheck(commit)
            : CommitValidator.validate(commit, context, proposal.block());
    if (verdict.isAccepted()) {
      commits.put(commit.author(), commit);
    }
    return Optional.of(verdict);
  }

  private static Optional<Verdict> sameOrEquivocation(
      QbftMessage message, String kind, Hash held, Hash offered) {
    if (held.equals(offered)) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.rejected(
            MessageRejection.EQUIVOCATION, message.author(), kind, message.round(), held, offered));
  }

  private Verdict authorCheck(QbftMessage message) {
    return context.validators().contains(message.author())
        ? Verdict.accepted()
        : Verdict.rejected(MessageRejection.NOT_A_VALIDATOR, message.author(), context.height());
  }

  /** Adds the local validator's own message, which needs no checks. */
  void add(Prepare prepare) {
    prepares.put(prepare.author(), prepare);
  }

  void add(Commit commit) {
    commits.put(commit.author(), commit);
  }

  boolean isPrepared() {
    return proposal != null && prepares.size() >= context.validators().quorum();
  }

  boolean isCommitted() {
    return proposal != null && commits.size() >= context.validators().quorum();
  }

  /** The prepares proving this round prepared, ordered by author. */
  List<SignedMessage<PreparePayload>> preparesCertificate() {
    List<SignedMessage<PreparePayload>> out = new ArrayList<>();
    prepares.values().forEach(p -> out.add(p.signed()));
    return out;
  }

  /** The commit seals, ordered by author address so every node builds the same block. */
  List<Bytes> commitSeals() {
    List<Bytes> seals = new ArrayList<>();
    commits.values().forEach(c -> seals.add(c.commitSeal()));
    return seals;
  }

  Block proposedBlock() {
    return proposal.block();
  }
}
