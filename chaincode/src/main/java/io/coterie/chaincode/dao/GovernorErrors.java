package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.SolidityError;

/**
 * The governor's custom errors: OZ 5's {@code IGovernor} errors with their exact signatures, OZ's
 * {@code ERC5805FutureLookup} and {@code FailedCall}, and the few Coterie adds.
 */
public final class GovernorErrors {
  private GovernorErrors() {}

  /** OZ: the three proposal arrays differ in length. */
  public static final SolidityError INVALID_PROPOSAL_LENGTH =
      new SolidityError("GovernorInvalidProposalLength(uint256,uint256,uint256)");

  /** OZ: {@code voter} already voted on this proposal. */
  public static final SolidityError ALREADY_CAST_VOTE =
      new SolidityError("GovernorAlreadyCastVote(address)");

  /** OZ: only the proposer may cancel (and only while Pending). */
  public static final SolidityError ONLY_PROPOSER =
      new SolidityError("GovernorOnlyProposer(address)");

  /** OZ: the function is {@code onlyGovernance}; call it through an executed proposal. */
  public static final SolidityError ONLY_EXECUTOR =
      new SolidityError("GovernorOnlyExecutor(address)");

  /** OZ: no proposal has this id. */
  public static final SolidityError NONEXISTENT_PROPOSAL =
      new SolidityError("GovernorNonexistentProposal(uint256)");

  /** OZ: the proposal is in state {@code current}, not one of the bitmap {@code expectedStates}. */
  public static final SolidityError UNEXPECTED_PROPOSAL_STATE =
      new SolidityError("GovernorUnexpectedProposalState(uint256,uint8,bytes32)");

  /** OZ: a voting period of 0. */
  public static final SolidityError INVALID_VOTING_PERIOD =
      new SolidityError("GovernorInvalidVotingPeriod(uint256)");

  /** OZ: the proposer holds fewer votes than the proposal threshold. */
  public static final SolidityError INSUFFICIENT_PROPOSER_VOTES =
      new SolidityError("GovernorInsufficientProposerVotes(address,uint256,uint256)");

  /** OZ: the description ends with {@code #proposer=0x…} naming someone else. */
  public static final SolidityError RESTRICTED_PROPOSER =
      new SolidityError("GovernorRestrictedProposer(address)");

  /** OZ: {@code support} is not 0 (against), 1 (for) or 2 (abstain). */
  public static final SolidityError INVALID_VOTE_TYPE =
      new SolidityError("GovernorInvalidVoteType()");

  /** OZ: queuing needs a timelock, and this governor's minimum delay is 0 (none). */
  public static final SolidityError QUEUE_NOT_IMPLEMENTED =
      new SolidityError("GovernorQueueNotImplemented()");

  /** OZ: the signature is not {@code voter}'s over this ballot and nonce. */
  public static final SolidityError INVALID_SIGNATURE =
      new SolidityError("GovernorInvalidSignature(address)");

  /** OZ: a quorum numerator above the denominator. */
  public static final SolidityError INVALID_QUORUM_FRACTION =
      new SolidityError("GovernorInvalidQuorumFraction(uint256,uint256)");

  /** OZ {@code Votes}: votes were asked for a block that is not yet over. */
  public static final SolidityError FUTURE_LOOKUP =
      new SolidityError("ERC5805FutureLookup(uint256,uint48)");

  /** OZ {@code Errors.FailedCall}: a proposal call reverted without data. */
  public static final SolidityError FAILED_CALL = new SolidityError("FailedCall()");

  /** Coterie: {@code initialize} was already called (or governance already changed a setting). */
  public static final SolidityError ALREADY_INITIALIZED =
      new SolidityError("GovernorAlreadyInitialized()");

  /** Coterie: proposal call {@code index} carries native value; precompile calls carry none. */
  public static final SolidityError CALL_VALUE_NOT_SUPPORTED =
      new SolidityError("GovernorCallValueNotSupported(uint256,uint256)");

  /** Coterie: no module on this node provides votes of this kind (e.g. membership missing). */
  public static final SolidityError VOTING_SOURCE_UNAVAILABLE =
      new SolidityError("GovernorVotingSourceUnavailable(uint8,uint256)");

  /** Coterie: {@code initialize} named a voting source kind that does not exist. */
  public static final SolidityError INVALID_VOTING_SOURCE =
      new SolidityError("GovernorInvalidVotingSource(uint8)");

  /** Coterie: the source keeps no exact checkpoints or ignores revocations; the reason says why. */
  public static final SolidityError UNSUITABLE_VOTING_SOURCE =
      new SolidityError("GovernorUnsuitableVotingSource(uint8,uint256,string)");

  /** Coterie: a timelock delay above the maximum (delay, max), both in seconds. */
  public static final SolidityError INVALID_TIMELOCK_DELAY =
      new SolidityError("GovernorInvalidTimelockDelay(uint256,uint256)");

  /** Coterie: the queued proposal may run from {@code etaSeconds} on (proposalId, eta, now). */
  public static final SolidityError TIMELOCK_NOT_READY =
      new SolidityError("GovernorTimelockNotReady(uint256,uint256,uint256)");
}
