package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage slots of the governor account {@code 0x…1003}, laid out as a Solidity contract holding OZ
 * 5's {@code Governor}, {@code Nonces}, {@code GovernorCountingSimple}, {@code GovernorSettings}
 * and {@code GovernorVotesQuorumFraction} state in this order:
 *
 * <pre>
 * slot 0: mapping(uint256 proposalId => ProposalCore) proposals
 *         head(id)  = keccak256(id . 0)   proposer (bits 0-159) | voteStart uint48 (160-207)
 *                                         | voteDuration uint32 (208-239) | executed (240-247)
 *                                         | canceled (248-255)
 *         eta(id)   = head(id) + 1        etaSeconds uint48 (0 until queued in the timelock)
 * slot 1: mapping(address => uint256) nonces              keccak256(pad32(voter) . 1)
 * slot 2: mapping(uint256 proposalId => ProposalVote) proposalVotes, base(id) = keccak256(id . 2)
 *         againstVotes at base, forVotes at base + 1, abstainVotes at base + 2,
 *         hasVoted[voter] at keccak256(pad32(voter) . (base + 3))                  (1 = voted)
 * slot 3: uint256 proposalThreshold
 * slot 4: uint48 votingDelay
 * slot 5: uint32 votingPeriod
 * slot 6: Checkpoints.Trace208 quorumNumeratorHistory: length at 6, checkpoint i at
 *         keccak256(6) + i = numerator << 48 | block
 * slot 7: bool initialized   (0: slots 3-9 are unset and {@link GovernorParameters#DEVNET} applies)
 * slot 8: uint8 votingSourceKind ({@link VotingSourceKind#code()})
 * slot 9: uint256 votingSourceId
 * slot 10: uint256 timelockMinDelay (seconds; 0 = no timelock, proposals execute once Succeeded)
 * </pre>
 */
public final class GovernorLayout {
  private GovernorLayout() {}

  public static final Word PROPOSALS_SLOT = Word.of(0);
  public static final Word NONCES_SLOT = Word.of(1);
  public static final Word PROPOSAL_VOTES_SLOT = Word.of(2);
  public static final Word PROPOSAL_THRESHOLD_SLOT = Word.of(3);
  public static final Word VOTING_DELAY_SLOT = Word.of(4);
  public static final Word VOTING_PERIOD_SLOT = Word.of(5);
  public static final Word QUORUM_NUMERATOR_HISTORY_SLOT = Word.of(6);
  public static final Word INITIALIZED_SLOT = Word.of(7);
  public static final Word VOTING_SOURCE_KIND_SLOT = Word.of(8);
  public static final Word VOTING_SOURCE_ID_SLOT = Word.of(9);
  public static final Word TIMELOCK_MIN_DELAY_SLOT = Word.of(10);

  public static Word proposalHead(BigInteger proposalId) {
    return StorageSlots.mapping(PROPOSALS_SLOT, proposalId);
  }

  public static Word proposalEta(BigInteger proposalId) {
    return proposalHead(proposalId).plus(1);
  }

  public static Word nonce(ChainAddress voter) {
    return StorageSlots.mapping(NONCES_SLOT, voter);
  }

  public static Word againstVotes(BigInteger proposalId) {
    return StorageSlots.mapping(PROPOSAL_VOTES_SLOT, proposalId);
  }

  public static Word forVotes(BigInteger proposalId) {
    return againstVotes(proposalId).plus(1);
  }

  public static Word abstainVotes(BigInteger proposalId) {
    return againstVotes(proposalId).plus(2);
  }

  public static Word hasVoted(BigInteger proposalId, ChainAddress voter) {
    return StorageSlots.mapping(againstVotes(proposalId).plus(3), voter);
  }
}
