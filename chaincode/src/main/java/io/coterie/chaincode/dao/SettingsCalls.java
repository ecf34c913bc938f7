package io.coterie.chaincode.dao;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.abi.MalformedCalldataException;
import io.coterie.chaincode.abi.SolidityEvent;
import io.coterie.chaincode.roles.RolesErrors;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.CallResult;
import java.math.BigInteger;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * The governor's settings: a one-time {@code initialize} by a {@code DEFAULT_ADMIN_ROLE} holder
 * (the devnet may skip it and keep {@link GovernorParameters#DEVNET}), then only governance (OZ
 * {@code GovernorSettings}, {@code GovernorVotesQuorumFraction}) through executed proposals.
 */
final class SettingsCalls {
  private static final RolesReader ROLES = new RolesReader();

  private SettingsCalls() {}

  /**
   * {@code initialize(uint48 votingDelay, uint32 votingPeriod, uint256 proposalThreshold, uint256
   * quorumNumerator, uint8 votingSourceKind, uint256 votingSourceId)}.
   */
  static CallResult initialize(GovernorCall call, CalldataReader args) {
    return initialize(call, args, BigInteger.ZERO);
  }

  /** As {@link #initialize}, with the timelock's minimum delay in seconds as a 7th argument. */
  static CallResult initializeWithTimelock(GovernorCall call, CalldataReader args) {
    return initialize(call, args, args.uint256(6));
  }

  private static CallResult initialize(
      GovernorCall call, CalldataReader args, BigInteger timelockDelay) {
    long delay = uint(args, 0, 48);
    long period = uint(args, 1, 32);
    BigInteger threshold = args.uint256(2);
    BigInteger numerator = args.uint256(3);
    long kindCode = uint(args, 4, 8);
    BigInteger sourceId = args.uint256(5);
    if (!ROLES.hasRole(call.meteredStorage(), StandardRoles.DEFAULT_ADMIN_ROLE, call.sender())) {
      throw GovernorRevert.with(
          RolesErrors.UNAUTHORIZED_ACCOUNT,
          address(call.sender()),
          bytes32(StandardRoles.DEFAULT_ADMIN_ROLE));
    }
    if (call.state().initialized()) {
      throw GovernorRevert.with(GovernorErrors.ALREADY_INITIALIZED);
    }
    requireValidPeriod(period);
    requireValidNumerator(numerator);
    VotingSourceKind kind =
        VotingSourceKind.fromCode(kindCode)
            .orElseThrow(
                () ->
                    GovernorRevert.with(GovernorErrors.INVALID_VOTING_SOURCE, new Uint8(kindCode)));
    if (sourceId.bitLength() > 63) {
      throw GovernorRevert.with(
          GovernorErrors.VOTING_SOURCE_UNAVAILABLE, new Uint8(kindCode), uint256(sourceId));
    }
    TimelockCalls.requireValidDelay(timelockDelay);
    VotingSource source = new VotingSource(kind, sourceId.longValueExact());
    GovernorParameters params =
        new GovernorParameters(delay, period, threshold, numerator.longValueExact(), source);
    call.state().initialize(params);
    call.requireSuitableSource(source);
    call.state().setTimelockDelay(timelockDelay.longValueExact());
    call.emit(
        GovernorEvents.GOVERNOR_INITIALIZED.topics(),
        GovernorEvents.GOVERNOR_INITIALIZED.data(
            uint256(delay),
            uint256(period),
            uint256(threshold),
            uint256(numerator),
            new Uint8(kindCode),
            uint256(sourceId)));
    return CallResult.success();
  }

  /** OZ {@code setVotingDelay(uint48)}, governance only. */
  static CallResult setVotingDelay(GovernorCall call, CalldataReader args) {
    long delay = uint(args, 0, 48);
    call.requireGovernance();
    GovernorState state = call.state();
    state.materializeDefaults();
    long old = state.parameters().votingDelay();
    state.setVotingDelay(delay);
    emitChange(call, GovernorEvents.VOTING_DELAY_SET, old, BigInteger.valueOf(delay));
    return CallResult.success();
  }

  /** OZ {@code setVotingPeriod(uint32)}, governance only; 0 is refused. */
  static CallResult setVotingPeriod(GovernorCall call, CalldataReader args) {
    long period = uint(args, 0, 32);
    call.requireGovernance();
    requireValidPeriod(period);
    GovernorState state = call.state();
    state.materializeDefaults();
    long old = state.parameters().votingPeriod();
    state.setVotingPeriod(period);
    emitChange(call, GovernorEvents.VOTING_PERIOD_SET, old, BigInteger.valueOf(period));
    return CallResult.success();
  }

  /** OZ {@code setProposalThreshold(uint256)}, governance only. */
  static CallResult setProposalThreshold(GovernorCall call, CalldataReader args) {
    BigInteger threshold = args.uint256(0);
    call.requireGovernance();
    GovernorState state = call.state();
    state.materializeDefaults();
    BigInteger old = state.parameters().proposalThreshold();
    state.setProposalThreshold(threshold);
    call.emit(
        GovernorEvents.PROPOSAL_THRESHOLD_SET.topics(),
        GovernorEvents.PROPOSAL_THRESHOLD_SET.data(uint256(old), uint256(threshold)));
    return CallResult.success();
  }

  /**
   * OZ {@code updateQuorumNumerator(uint256)}, governance only; proposals whose snapshot is earlier
   * keep the numerator of their snapshot.
   */
  static CallResult updateQuorumNumerator(GovernorCall call, CalldataReader args) {
    BigInteger numerator = args.uint256(0);
    call.requireGovernance();
    requireValidNumerator(numerator);
    GovernorState state = call.state();
    state.materializeDefaults();
    long old = state.parameters().quorumNumerator();
    state.pushQuorumNumerator(call.clock(), numerator.longValueExact());
    emitChange(call, GovernorEvents.QUORUM_NUMERATOR_UPDATED, old, numerator);
    return CallResult.success();
  }

  private static void emitChange(GovernorCall call, SolidityEvent event, long old, BigInteger now) {
    call.emit(event.topics(), event.data(uint256(old), uint256(now)));
  }

  private static void requireValidPeriod(long period) {
    if (period == 0) {
      throw GovernorRevert.with(GovernorErrors.INVALID_VOTING_PERIOD, uint256(0));
    }
  }

  private static void requireValidNumerator(BigInteger numerator) {
    if (numerator.compareTo(BigInteger.valueOf(GovernorParameters.QUORUM_DENOMINATOR)) > 0) {
      throw GovernorRevert.with(
          GovernorErrors.INVALID_QUORUM_FRACTION,
          uint256(numerator),
          uint256(GovernorParameters.QUORUM_DENOMINATOR));
    }
  }

  // Solidity's ABI decoder refuses a uintN argument with bits above N set.
  private static long uint(CalldataReader args, int index, int bits) {
    BigInteger v = args.uint256(index);
    if (v.bitLength() > bits) {
      throw new MalformedCalldataException(
          "argument %d is not a uint%d: %s".formatted(index, bits, v));
    }
    return v.longValueExact();
  }
}
