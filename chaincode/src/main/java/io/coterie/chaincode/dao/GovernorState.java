package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.Checkpoints;
import io.coterie.chaincode.abi.Nonces;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/** Reads and writes the governor's records at {@link GovernorLayout} slots. */
final class GovernorState {
  private final AccountSlots slots;

  GovernorState(AccountSlots slots) {
    this.slots = slots;
  }

  ProposalCore core(BigInteger proposalId) {
    Word head = slots.load(GovernorLayout.proposalHead(proposalId));
    if (head.isZero()) {
      return ProposalCore.NONE;
    }
    return ProposalCore.unpack(head, slots.load(GovernorLayout.proposalEta(proposalId)));
  }

  void putCore(BigInteger proposalId, ProposalCore core) {
    slots.store(GovernorLayout.proposalHead(proposalId), core.packedHead());
  }

  /** Records when a queued proposal may run (OZ {@code GovernorTimelockControl}). */
  void putEta(BigInteger proposalId, long etaSeconds) {
    slots.store(GovernorLayout.proposalEta(proposalId), Word.of(etaSeconds));
  }

  /** The timelock's minimum delay in seconds; 0 means no timelock. */
  long timelockDelay() {
    return slots.load(GovernorLayout.TIMELOCK_MIN_DELAY_SLOT).toBigInteger().longValueExact();
  }

  void setTimelockDelay(long seconds) {
    slots.store(GovernorLayout.TIMELOCK_MIN_DELAY_SLOT, Word.of(seconds));
  }

  ProposalVotes votes(BigInteger proposalId) {
    return new ProposalVotes(
        slots.load(GovernorLayout.againstVotes(proposalId)).toBigInteger(),
        slots.load(GovernorLayout.forVotes(proposalId)).toBigInteger(),
        slots.load(GovernorLayout.abstainVotes(proposalId)).toBigInteger());
  }

  boolean hasVoted(BigInteger proposalId, ChainAddress voter) {
    return !slots.load(GovernorLayout.hasVoted(proposalId, voter)).isZero();
  }

  /** OZ {@code GovernorCountingSimple._countVote} after its checks. */
  void countVote(BigInteger proposalId, ChainAddress voter, VoteType support, BigInteger weight) {
    slots.store(GovernorLayout.hasVoted(proposalId, voter), Word.of(true));
    Word slot =
        switch (support) {
          case AGAINST -> GovernorLayout.againstVotes(proposalId);
          case FOR -> GovernorLayout.forVotes(proposalId);
          case ABSTAIN -> GovernorLayout.abstainVotes(proposalId);
        };
    slots.store(slot, Word.of(slots.load(slot).toBigInteger().add(weight)));
  }

  BigInteger nonce(ChainAddress voter) {
    return nonces().current(voter);
  }

  /** OZ {@code Nonces._useNonce}: returns the current nonce and increments it. */
  BigInteger useNonce(ChainAddress voter) {
    return nonces().use(voter);
  }

  private Nonces nonces() {
    return new Nonces(slots, GovernorLayout.NONCES_SLOT);
  }

  boolean initialized() {
    return !slots.load(GovernorLayout.INITIALIZED_SLOT).isZero();
  }

  /** The settings in force: the stored ones, or {@link GovernorParameters#DEVNET} before any. */
  GovernorParameters parameters() {
    if (!initialized()) {
      return GovernorParameters.DEVNET;
    }
    long kindCode = slots.load(GovernorLayout.VOTING_SOURCE_KIND_SLOT).toBigInteger().longValue();
    VotingSourceKind kind =
        VotingSourceKind.fromCode(kindCode)
            .orElseThrow(() -> new IllegalStateException("stored voting source kind " + kindCode));
    return new GovernorParameters(
        slots.load(GovernorLayout.VOTING_DELAY_SLOT).toBigInteger().longValueExact(),
        slots.load(GovernorLayout.VOTING_PERIOD_SLOT).toBigInteger().longValueExact(),
        slots.load(GovernorLayout.PROPOSAL_THRESHOLD_SLOT).toBigInteger(),
        quorumHistory().upperLookup(GovernorParameters.MAX_UINT48).longValueExact(),
        new VotingSource(
            kind,
            slots.load(GovernorLayout.VOTING_SOURCE_ID_SLOT).toBigInteger().longValueExact()));
  }

  /**
   * Writes every setting and marks the governor initialized; the quorum numerator applies from
   * block 0, as a constructor's would.
   */
  void initialize(GovernorParameters p) {
    slots.store(GovernorLayout.INITIALIZED_SLOT, Word.of(true));
    slots.store(GovernorLayout.VOTING_DELAY_SLOT, Word.of(p.votingDelay()));
    slots.store(GovernorLayout.VOTING_PERIOD_SLOT, Word.of(p.votingPeriod()));
    slots.store(GovernorLayout.PROPOSAL_THRESHOLD_SLOT, Word.of(p.proposalThreshold()));
    quorumHistory().push(0, BigInteger.valueOf(p.quorumNumerator()));
    slots.store(GovernorLayout.VOTING_SOURCE_KIND_SLOT, Word.of(p.votingSource().kind().code()));
    slots.store(GovernorLayout.VOTING_SOURCE_ID_SLOT, Word.of(p.votingSource().id()));
  }

  /** Before a governance setter: stores the devnet defaults if nothing was stored yet. */
  void materializeDefaults() {
    if (!initialized()) {
      initialize(GovernorParameters.DEVNET);
    }
  }

  void setVotingDelay(long blocks) {
    slots.store(GovernorLayout.VOTING_DELAY_SLOT, Word.of(blocks));
  }

  void setVotingPeriod(long blocks) {
    slots.store(GovernorLayout.VOTING_PERIOD_SLOT, Word.of(blocks));
  }

  void setProposalThreshold(BigInteger votes) {
    slots.store(GovernorLayout.PROPOSAL_THRESHOLD_SLOT, Word.of(votes));
  }

  void pushQuorumNumerator(long block, long numerator) {
    quorumHistory().push(block, BigInteger.valueOf(numerator));
  }

  /** OZ {@code quorumNumerator(timepoint)}: the numerator in force at the end of {@code block}. */
  long quorumNumerator(long block) {
    if (!initialized()) {
      return GovernorParameters.DEVNET.quorumNumerator();
    }
    return quorumHistory().upperLookup(block).longValueExact();
  }

  private Checkpoints quorumHistory() {
    return new Checkpoints(slots, GovernorLayout.QUORUM_NUMERATOR_HISTORY_SLOT);
  }
}
