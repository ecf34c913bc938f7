package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Unmetered reads of the governor's storage for the node (RPC views, demo scripts' helpers) and
 * other precompiles. Registered in the {@link io.coterie.chaincode.spi.ServiceRegistry} by {@link
 * DaoModule}. Stateless and thread-safe.
 */
public final class GovernorReader {
  private final VotingPowerSources sources;

  public GovernorReader(VotingPowerSources sources) {
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  /** The proposal's core record ({@link ProposalCore#NONE} if it was never made). */
  public ProposalCore proposal(WorldStorage storage, BigInteger proposalId) {
    return state(storage).core(proposalId);
  }

  /** The tally so far. */
  public ProposalVotes votes(WorldStorage storage, BigInteger proposalId) {
    return state(storage).votes(proposalId);
  }

  /** Whether {@code voter} has voted on the proposal. */
  public boolean hasVoted(WorldStorage storage, BigInteger proposalId, ChainAddress voter) {
    return state(storage).hasVoted(proposalId, voter);
  }

  /** The settings in force. */
  public GovernorParameters parameters(WorldStorage storage) {
    return state(storage).parameters();
  }

  /**
   * The proposal's state as {@code state(proposalId)} returns it in block {@code currentBlock}, or
   * empty if it does not exist.
   *
   * @throws IllegalStateException if no module provides the configured voting source
   */
  public Optional<ProposalState> proposalState(
      WorldStorage storage, BigInteger proposalId, long currentBlock) {
    GovernorState state = state(storage);
    return ProposalLifecycle.state(
        state.core(proposalId),
        currentBlock,
        () -> state.votes(proposalId),
        block -> quorum(storage, state, block));
  }

  private BigInteger quorum(WorldStorage storage, GovernorState state, long block) {
    VotingSource configured = state.parameters().votingSource();
    VotingPowerSource source =
        sources
            .find(configured)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no module provides voting power of %s %d; add the module that serves it"
                            .formatted(configured.kind(), configured.id())));
    return source
        .pastTotalSupply(storage, block)
        .multiply(BigInteger.valueOf(state.quorumNumerator(block)))
        .divide(BigInteger.valueOf(GovernorParameters.QUORUM_DENOMINATOR));
  }

  private static GovernorState state(WorldStorage storage) {
    return new GovernorState(AccountSlots.readOnly(storage, GovernorPrecompile.ADDRESS));
  }
}
