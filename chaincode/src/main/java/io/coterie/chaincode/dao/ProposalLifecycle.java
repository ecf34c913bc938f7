package io.coterie.chaincode.dao;

import java.math.BigInteger;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** OZ 5 {@code Governor.state} as a function, shared by calls and {@link GovernorReader}. */
final class ProposalLifecycle {
  private ProposalLifecycle() {}

  /**
   * The state of {@code core} at block {@code now}, or empty if the proposal does not exist. The
   * tally and the quorum at the snapshot are only read once voting has ended.
   */
  static Optional<ProposalState> state(
      ProposalCore core,
      long now,
      Supplier<ProposalVotes> votes,
      LongFunction<BigInteger> quorumAtBlock) {
    if (core.executed()) {
      return Optional.of(ProposalState.EXECUTED);
    }
    if (core.canceled()) {
      return Optional.of(ProposalState.CANCELED);
    }
    if (!core.exists()) {
      return Optional.empty();
    }
    if (core.snapshot() >= now) {
      return Optional.of(ProposalState.PENDING);
    }
    if (core.deadline() >= now) {
      return Optional.of(ProposalState.ACTIVE);
    }
    ProposalVotes tally = votes.get();
    if (!tally.reachesQuorum(quorumAtBlock.apply(core.snapshot())) || !tally.succeeded()) {
      return Optional.of(ProposalState.DEFEATED);
    }
    return Optional.of(core.etaSeconds() == 0 ? ProposalState.SUCCEEDED : ProposalState.QUEUED);
  }
}
