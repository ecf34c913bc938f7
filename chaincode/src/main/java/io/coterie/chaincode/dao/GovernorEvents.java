package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.SolidityEvent;

/** OZ 5 {@code IGovernor}, {@code GovernorSettings} and quorum events, plus Coterie's one. */
public final class GovernorEvents {
  private GovernorEvents() {}

  /**
   * {@code ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[]
   * values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string
   * description)}, nothing indexed; {@code signatures} are empty strings, as in OZ 5.
   */
  public static final SolidityEvent PROPOSAL_CREATED =
      new SolidityEvent(
          "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)");

  /** {@code ProposalExecuted(uint256 proposalId)}. */
  public static final SolidityEvent PROPOSAL_EXECUTED =
      new SolidityEvent("ProposalExecuted(uint256)");

  /** {@code ProposalQueued(uint256 proposalId, uint256 etaSeconds)}. */
  public static final SolidityEvent PROPOSAL_QUEUED =
      new SolidityEvent("ProposalQueued(uint256,uint256)");

  /** OZ TimelockController {@code MinDelayChange(uint256 oldDuration, uint256 newDuration)}. */
  public static final SolidityEvent MIN_DELAY_CHANGE =
      new SolidityEvent("MinDelayChange(uint256,uint256)");

  /** {@code ProposalCanceled(uint256 proposalId)}. */
  public static final SolidityEvent PROPOSAL_CANCELED =
      new SolidityEvent("ProposalCanceled(uint256)");

  /**
   * {@code VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight,
   * string reason)}.
   */
  public static final SolidityEvent VOTE_CAST =
      new SolidityEvent("VoteCast(address,uint256,uint8,uint256,string)");

  /**
   * {@code VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256
   * weight, string reason, bytes params)}.
   */
  public static final SolidityEvent VOTE_CAST_WITH_PARAMS =
      new SolidityEvent("VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)");

  /** {@code VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)}. */
  public static final SolidityEvent VOTING_DELAY_SET =
      new SolidityEvent("VotingDelaySet(uint256,uint256)");

  /** {@code VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)}. */
  public static final SolidityEvent VOTING_PERIOD_SET =
      new SolidityEvent("VotingPeriodSet(uint256,uint256)");

  /** {@code ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)}. */
  public static final SolidityEvent PROPOSAL_THRESHOLD_SET =
      new SolidityEvent("ProposalThresholdSet(uint256,uint256)");

  /** {@code QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)}. */
  public static final SolidityEvent QUORUM_NUMERATOR_UPDATED =
      new SolidityEvent("QuorumNumeratorUpdated(uint256,uint256)");

  /**
   * Coterie: {@code GovernorInitialized(uint256 votingDelay, uint256 votingPeriod, uint256
   * proposalThreshold, uint256 quorumNumerator, uint8 votingSourceKind, uint256 votingSourceId)}.
   */
  public static final SolidityEvent GOVERNOR_INITIALIZED =
      new SolidityEvent("GovernorInitialized(uint256,uint256,uint256,uint256,uint8,uint256)");
}
