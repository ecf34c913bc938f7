package io.coterie.chaincode.dao;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint48;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * One call's view of the governor: metered state, the clock, votes and quorum from the configured
 * source, and OZ's proposal state machine. Failures throw {@link GovernorRevert}.
 */
final class GovernorCall {
  private final CallContext ctx;
  private final MeteredState metered;
  private final GovernorState state;
  private final VotingPowerSources sources;

  GovernorCall(CallContext ctx, VotingPowerSources sources) {
    this.ctx = ctx;
    this.metered = MeteredState.of(ctx, GovernorPrecompile.ADDRESS);
    this.sources = sources;
    this.state = new GovernorState(AccountSlots.metered(metered));
  }

  CallContext ctx() {
    return ctx;
  }

  VotingPowerSources sources() {
    return sources;
  }

  GovernorState state() {
    return state;
  }

  /** ERC-6372 {@code clock()}: the current block number. */
  long clock() {
    return ctx.block().number();
  }

  ChainAddress sender() {
    return ctx.sender();
  }

  GovernorParameters parameters() {
    return state.parameters();
  }

  void emit(List<Word> topics, byte[] data) {
    metered.emit(topics, data);
  }

  /** OZ {@code onlyGovernance}: only the governor itself, i.e. an executed proposal, may call. */
  void requireGovernance() {
    if (!ctx.sender().equals(GovernorPrecompile.ADDRESS)) {
      throw GovernorRevert.with(GovernorErrors.ONLY_EXECUTOR, address(ctx.sender()));
    }
  }

  /** Storage for voting sources and role checks, each read charged as an SLOAD. */
  WorldStorage meteredStorage() {
    return MeteredState.chargedReads(ctx);
  }

  /** OZ {@code getVotes}: votes of {@code account} at the end of a past block. */
  BigInteger votes(ChainAddress account, BigInteger timepoint) {
    long block = pastTimepoint(timepoint);
    return source().pastVotes(meteredStorage(), account, block);
  }

  /** OZ {@code GovernorVotesQuorumFraction.quorum}: total votes × numerator / 100. */
  BigInteger quorum(BigInteger timepoint) {
    long block = pastTimepoint(timepoint);
    BigInteger supply = source().pastTotalSupply(meteredStorage(), block);
    return supply
        .multiply(BigInteger.valueOf(state.quorumNumerator(block)))
        .divide(BigInteger.valueOf(GovernorParameters.QUORUM_DENOMINATOR));
  }

  /** OZ {@code state(proposalId)}. */
  ProposalState stateOf(BigInteger proposalId) {
    return ProposalLifecycle.state(
            state.core(proposalId),
            clock(),
            () -> state.votes(proposalId),
            block -> quorum(BigInteger.valueOf(block)))
        .orElseThrow(
            () -> GovernorRevert.with(GovernorErrors.NONEXISTENT_PROPOSAL, uint256(proposalId)));
  }

  /** OZ {@code _validateStateBitmap}: reverts unless the proposal is in one of {@code allowed}. */
  ProposalState requireState(BigInteger proposalId, BigInteger allowed) {
    ProposalState current = stateOf(proposalId);
    if (!current.bit().and(allowed).equals(BigInteger.ZERO)) {
      return current;
    }
    throw GovernorRevert.with(
        GovernorErrors.UNEXPECTED_PROPOSAL_STATE,
        uint256(proposalId),
        new Uint8(current.code()),
        new Bytes32(Word.of(allowed).bytes()));
  }

  /**
   * Reverts unless the configured source keeps exact checkpoints and follows revocations, so no
   * proposal is ever counted with votes that could miscount (the devnet defaults included).
   */
  void requireSuitableSource(VotingSource configured) {
    source(configured)
        .unsuitability(meteredStorage())
        .ifPresent(
            reason -> {
              throw GovernorRevert.with(
                  GovernorErrors.UNSUITABLE_VOTING_SOURCE,
                  new Uint8(configured.kind().code()),
                  AbiValues.uint256(configured.id()),
                  AbiValues.string(reason));
            });
  }

  private VotingPowerSource source() {
    return source(parameters().votingSource());
  }

  private VotingPowerSource source(VotingSource configured) {
    return sources
        .find(configured)
        .orElseThrow(
            () ->
                GovernorRevert.with(
                    GovernorErrors.VOTING_SOURCE_UNAVAILABLE,
                    new Uint8(configured.kind().code()),
                    AbiValues.uint256(configured.id())));
  }

  // OZ Votes: only finished blocks have final checkpoints.
  private long pastTimepoint(BigInteger timepoint) {
    long now = clock();
    if (timepoint.compareTo(BigInteger.valueOf(now)) >= 0) {
      throw GovernorRevert.with(GovernorErrors.FUTURE_LOOKUP, uint256(timepoint), new Uint48(now));
    }
    return timepoint.longValueExact();
  }
}
