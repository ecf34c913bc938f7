package io.coterie.chaincode.dao;

import static io.coterie.chaincode.abi.AbiValues.bool;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.spi.CallResult;
import java.math.BigInteger;

/**
 * The built-in timelock, with OZ 5 {@code GovernorTimelockControl} semantics and OZ {@code
 * TimelockController}'s delay functions: with a minimum delay above 0, a Succeeded proposal must be
 * queued, which sets its eta to the block's timestamp plus the delay (state Queued), and it can be
 * executed only from a block whose timestamp is at least its eta. Time is the block header's
 * timestamp, so every node agrees. The governor itself stays the executor.
 */
final class TimelockCalls {
  /** Longest delay governance may set: a year, far below what an eta (uint48) can hold. */
  static final long MAX_DELAY_SECONDS = 365L * 24 * 3600;

  private TimelockCalls() {}

  /** OZ {@code queue}: schedules a Succeeded proposal; returns its id. */
  static CallResult queue(GovernorCall call, CalldataReader args) {
    BigInteger proposalId = ProposalOperations.decodeIdentified(args).proposalId();
    call.requireState(proposalId, ProposalState.SUCCEEDED.bit());
    long delay = call.state().timelockDelay();
    if (delay == 0) {
      throw GovernorRevert.with(GovernorErrors.QUEUE_NOT_IMPLEMENTED);
    }
    long eta = call.ctx().block().timestampSeconds() + delay;
    call.state().putEta(proposalId, eta);
    call.emit(
        GovernorEvents.PROPOSAL_QUEUED.topics(),
        GovernorEvents.PROPOSAL_QUEUED.data(uint256(proposalId), uint256(eta)));
    return CallResult.success(encode(uint256(proposalId)));
  }

  /**
   * Before {@code execute}: a proposal must be Queued when a timelock is on (Succeeded or Queued
   * without one), and a Queued one must have reached its eta.
   */
  static void requireExecutable(GovernorCall call, BigInteger proposalId) {
    BigInteger allowed =
        call.state().timelockDelay() > 0
            ? ProposalState.QUEUED.bit()
            : ProposalState.bitmap(ProposalState.SUCCEEDED, ProposalState.QUEUED);
    ProposalState current = call.requireState(proposalId, allowed);
    if (current == ProposalState.QUEUED) {
      long eta = call.state().core(proposalId).etaSeconds();
      long now = call.ctx().block().timestampSeconds();
      if (now < eta) {
        throw GovernorRevert.with(
            GovernorErrors.TIMELOCK_NOT_READY, uint256(proposalId), uint256(eta), uint256(now));
      }
    }
  }

  /** OZ {@code proposalNeedsQueuing}: true whenever the timelock is on. */
  static CallResult proposalNeedsQueuing(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(bool(call.state().timelockDelay() > 0)));
  }

  /** OZ TimelockController {@code getMinDelay()}, in seconds. */
  static CallResult getMinDelay(GovernorCall call, CalldataReader args) {
    return CallResult.success(encode(uint256(call.state().timelockDelay())));
  }

  /** OZ TimelockController {@code updateDelay(uint256)}, governance only; 0 turns it off. */
  static CallResult updateDelay(GovernorCall call, CalldataReader args) {
    BigInteger delay = args.uint256(0);
    call.requireGovernance();
    requireValidDelay(delay);
    long old = call.state().timelockDelay();
    call.state().setTimelockDelay(delay.longValueExact());
    call.emit(
        GovernorEvents.MIN_DELAY_CHANGE.topics(),
        GovernorEvents.MIN_DELAY_CHANGE.data(uint256(old), uint256(delay)));
    return CallResult.success();
  }

  static void requireValidDelay(BigInteger delay) {
    if (delay.compareTo(BigInteger.valueOf(MAX_DELAY_SECONDS)) > 0) {
      throw GovernorRevert.with(
          GovernorErrors.INVALID_TIMELOCK_DELAY, uint256(delay), uint256(MAX_DELAY_SECONDS));
    }
  }
}
