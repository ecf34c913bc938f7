// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie DAO governor precompile
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001003. Speaks
/// OpenZeppelin 5 Governor (IGovernor of OZ 5.0-5.2) with GovernorSettings, GovernorCountingSimple,
/// GovernorVotes and GovernorVotesQuorumFraction, so OZ tooling, Tally-style UIs, ethers.js and
/// web3j work unchanged. The clock is the block number (ERC-6372, "mode=blocknumber&from=default").
///
/// Voting power: by default one membership card of collection 0 (ERC-721 at 0x…3000, the devnet's
/// member collection) = one vote, read at the proposal's snapshot block (ERC-5805 getPastVotes),
/// and the quorum from getPastTotalSupply at the same block. A governor may instead weigh by a
/// loyalty points program (ERC-20 at 0x…2000 + id), chosen once by `initialize`. `initialize`
/// refuses a source that could miscount (GovernorUnsuitableVotingSource with the reason): a points
/// program must have enabled vote checkpoints (ILoyaltyPrograms.enableVotes, only for points that
/// never expire), so points moved or awarded after a snapshot never vote twice; a card collection
/// must be a member collection, whose cards burn when MEMBER_ROLE is revoked, so an expelled
/// member's vote and quorum share end with that block.
///
/// Devnet settings (in force until `initialize` or governance changes them): votingDelay 1 block,
/// votingPeriod 20 blocks, proposalThreshold 1 vote (one card proposes), quorum 67 % of the votes
/// at the snapshot counting for + abstain (floor(6 * 67 / 100) = 4 of the 6 devnet members). With
/// 1-second blocks a proposal is made, voted and executable within 23 seconds.
///
/// Timelock (optional, OZ 5 GovernorTimelockControl semantics, built in): with a minimum delay
/// above 0 seconds (`getMinDelay`, set by the 7-argument `initialize` or by governance with
/// `updateDelay`), a Succeeded proposal must be queued: `queue` sets its eta to the block timestamp
/// plus the delay (state Queued, event ProposalQueued), and `execute` runs it only in a block whose
/// timestamp is at least the eta (else GovernorTimelockNotReady). With delay 0 (the devnet) there
/// is no timelock and `queue` reverts GovernorQueueNotImplemented(). The governor stays the executor.
///
/// Differences from OZ 5, all deliberate:
///  - The timelock is the governor itself (no separate TimelockController); Expired never occurs
///    (its number is kept).
///  - Calls carry no native value: `propose` refuses a non-zero value with
///    GovernorCallValueNotSupported(index, value); `execute` is nonpayable.
///  - A proposal with no calls (three empty arrays) is accepted as a signal vote ("members vote on
///    designs"); OZ's own idiom, one empty call to the governor itself, also works and does nothing.
///  - `initialize` (Coterie): one-time settings by a DEFAULT_ADMIN_ROLE holder of 0x…1000.
///  - `votingSource` (Coterie): which votes count.
/// Executing a proposal calls each target precompile with the governor as msg.sender; a failing
/// call reverts the whole execution with the inner revert data (or FailedCall() if it had none).
/// The governor holds GOVERNANCE_ROLE on 0x…1000, which administers MEMBER_ROLE: an executed
/// proposal calling grantRole/revokeRole(MEMBER_ROLE, account) admits or removes members (revoking
/// burns the member's cards in member collections). On a chain whose genesis set
/// config.coterie.governorExclusive, DEFAULT_ADMIN_ROLE holders can no longer do either (nor set
/// loyalty exchange rates): only executed proposals can. The governor can also own collections
/// and programs (their Ownable2Step transferOwnership/acceptOwnership) and mint through votes.
/// Settings change only through executed proposals targeting the governor itself (onlyGovernance,
/// else GovernorOnlyExecutor(caller)).
///
/// @dev Storage layout of account 0x…1003 (see GovernorLayout.java):
///   slot 0: mapping(uint256 proposalId => ProposalCore), H = keccak256(id . 0):
///           at H: proposer (bits 0-159) | voteStart uint48 (160-207) | voteDuration uint32 (208-239)
///                 | executed (240-247) | canceled (248-255)          (as Solidity packs OZ's struct)
///           at H + 1: etaSeconds (0 until queued)
///   slot 1: mapping(address => uint256) nonces at keccak256(pad32(voter) . 1)
///   slot 2: mapping(uint256 proposalId => ProposalVote), V = keccak256(id . 2):
///           againstVotes at V, forVotes at V + 1, abstainVotes at V + 2,
///           hasVoted[voter] at keccak256(pad32(voter) . (V + 3))
///   slot 3: proposalThreshold   slot 4: votingDelay   slot 5: votingPeriod
///   slot 6: Checkpoints.Trace208 quorum numerator history: length at 6, checkpoint i at
///           keccak256(6) + i holding numerator << 48 | block
///   slot 7: initialized (0: slots 3-9 unset, the devnet settings apply)
///   slot 8: votingSourceKind (0 = card collection, 1 = points program)   slot 9: votingSourceId
///   slot 10: timelock minimum delay in seconds (0 = no timelock)
///
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (the governor's and the voting source's), 20000 per write of a zero slot, 5000 per write
/// changing a non-zero slot, 100 per unchanged write, 375 + 375 per topic + 8 per data byte per
/// event, 700 per call a proposal makes (plus the callee's own gas) and 3000 per signature check.
/// Figures below are for ordinary ABI calldata, before `initialize`, with a voting source whose
/// lookups read two slots; a source reads more as holders accumulate checkpoints.
/// Errors shared by all Coterie precompiles: UnknownSelector, MalformedCalldata, NotPayable,
/// WriteInStaticCall. No function accepts value.
interface IGovernor {
    /// @notice OZ: the proposal states; `state` returns their index.
    enum ProposalState { Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed }

    /// @notice A proposal was made; voting opens after block voteStart and closes after voteEnd.
    /// `signatures` holds one empty string per call, as in OZ 5.
    event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values,
        string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description);

    /// @notice The proposal's calls ran.
    event ProposalExecuted(uint256 proposalId);

    /// @notice The proposer withdrew the proposal before voting opened.
    event ProposalCanceled(uint256 proposalId);

    /// @notice OZ: the proposal was queued in the timelock; it may be executed from `etaSeconds` on.
    event ProposalQueued(uint256 proposalId, uint256 etaSeconds);

    /// @notice OZ TimelockController: the timelock's minimum delay changed (seconds).
    event MinDelayChange(uint256 oldDuration, uint256 newDuration);

    /// @notice `voter` cast `weight` votes: support 0 against, 1 for, 2 abstain.
    event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason);

    /// @notice As VoteCast, for votes cast with non-empty params.
    event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight,
        string reason, bytes params);

    /// @notice OZ GovernorSettings: the voting delay changed.
    event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay);

    /// @notice OZ GovernorSettings: the voting period changed.
    event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod);

    /// @notice OZ GovernorSettings: the proposal threshold changed.
    event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold);

    /// @notice OZ GovernorVotesQuorumFraction: the quorum numerator changed (for later snapshots).
    event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator);

    /// @notice Coterie: `initialize` stored these settings.
    event GovernorInitialized(uint256 votingDelay, uint256 votingPeriod, uint256 proposalThreshold,
        uint256 quorumNumerator, uint8 votingSourceKind, uint256 votingSourceId);

    /// @notice The three arrays differ in length; pass one value and one calldata per target.
    error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values);
    /// @notice `voter` already voted on this proposal; each voter votes once.
    error GovernorAlreadyCastVote(address voter);
    /// @notice Only the proposer may cancel; `account` is not the proposer.
    error GovernorOnlyProposer(address account);
    /// @notice Only an executed proposal may change settings; `account` called directly.
    error GovernorOnlyExecutor(address account);
    /// @notice No proposal has this id; check the targets, values, calldatas and description.
    error GovernorNonexistentProposal(uint256 proposalId);
    /// @notice The proposal is in state `current`; `expectedStates` has bit i set for each allowed state i.
    error GovernorUnexpectedProposalState(uint256 proposalId, ProposalState current, bytes32 expectedStates);
    /// @notice A voting period of 0 blocks; use at least 1.
    error GovernorInvalidVotingPeriod(uint256 votingPeriod);
    /// @notice The proposer held `votes` at the previous block, fewer than `threshold`.
    error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold);
    /// @notice The description ends with "#proposer=0x…" naming another address.
    error GovernorRestrictedProposer(address proposer);
    /// @notice support must be 0 (against), 1 (for) or 2 (abstain).
    error GovernorInvalidVoteType();
    /// @notice The timelock's minimum delay is 0 (no timelock): a Succeeded proposal is executed directly.
    error GovernorQueueNotImplemented();
    /// @notice The signature is not `voter`'s over this ballot and their current nonce.
    error GovernorInvalidSignature(address voter);
    /// @notice The quorum numerator exceeds the denominator (100).
    error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator);
    /// @notice Votes were asked for block `timepoint`, which is not over yet (current block `clock`).
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);
    /// @notice A proposal call reverted without revert data.
    error FailedCall();
    /// @notice Coterie: `initialize` already ran, or governance already changed a setting.
    error GovernorAlreadyInitialized();
    /// @notice Coterie: call `index` carries native value `value`; precompile calls carry none.
    error GovernorCallValueNotSupported(uint256 index, uint256 value);
    /// @notice Coterie: no module on this node provides votes of this kind and id; the node needs
    /// the membership (kind 0) or loyalty (kind 1) chaincode.
    error GovernorVotingSourceUnavailable(uint8 kind, uint256 id);
    /// @notice Coterie: `kind` is neither 0 (card collection) nor 1 (points program).
    error GovernorInvalidVotingSource(uint8 kind);
    /// @notice Coterie: the source would miscount votes; `reason` says why and what to use instead.
    error GovernorUnsuitableVotingSource(uint8 kind, uint256 id, string reason);
    /// @notice Coterie: a timelock delay above `max` seconds (a year).
    error GovernorInvalidTimelockDelay(uint256 delay, uint256 max);
    /// @notice Coterie: the queued proposal may be executed from `etaSeconds` on; it is `now`.
    error GovernorTimelockNotReady(uint256 proposalId, uint256 etaSeconds, uint256 now);
    /// @notice `initialize` needs DEFAULT_ADMIN_ROLE on 0x…1000 (`neededRole` = 0x00).
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);
    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();
    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);
    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice "Coterie DAO", also the EIP-712 domain name. Gas: 2064.
    function name() external pure returns (string memory);

    /// @notice "1", also the EIP-712 domain version. Gas: 2064.
    function version() external pure returns (string memory);

    /// @notice "support=bravo&quorum=for,abstain". Gas: 2064.
    function COUNTING_MODE() external pure returns (string memory);

    /// @notice ERC-6372: "mode=blocknumber&from=default". Gas: 2064.
    function CLOCK_MODE() external view returns (string memory);

    /// @notice ERC-6372: the current block number. Gas: 2064.
    function clock() external view returns (uint48);

    /// @notice uint256(keccak256(abi.encode(targets, values, calldatas, descriptionHash))).
    /// Gas: 2000 + 16 per calldata byte.
    function hashProposal(address[] memory targets, uint256[] memory values, bytes[] memory calldatas,
        bytes32 descriptionHash) external pure returns (uint256);

    /// @notice The proposal's state at the current block; GovernorNonexistentProposal if unknown.
    /// Gas: 6776 before voting ends, 21476 after (it reads the tally and the quorum).
    function state(uint256 proposalId) external view returns (ProposalState);

    /// @notice Votes needed to propose (devnet: 1). Gas: 4164.
    function proposalThreshold() external view returns (uint256);

    /// @notice The snapshot block: votes count as held at its end; voting opens after it (0 if unknown).
    /// Gas: 6776 (4676 for an unknown id); the same for proposalDeadline, proposalProposer, proposalEta.
    function proposalSnapshot(uint256 proposalId) external view returns (uint256);

    /// @notice The last block of voting (0 if unknown). Gas: 6776.
    function proposalDeadline(uint256 proposalId) external view returns (uint256);

    /// @notice Who proposed (zero if unknown). Gas: 6776.
    function proposalProposer(uint256 proposalId) external view returns (address);

    /// @notice When a queued proposal may be executed (unix seconds), 0 until queued. Gas: 6776.
    function proposalEta(uint256 proposalId) external view returns (uint256);

    /// @notice True when the timelock is on (getMinDelay() > 0). Gas: 4676.
    function proposalNeedsQueuing(uint256 proposalId) external view returns (bool);

    /// @notice OZ TimelockController: the timelock's minimum delay in seconds, 0 = none. Gas: 4164.
    function getMinDelay() external view returns (uint256);

    /// @notice Blocks between proposing and the snapshot (devnet: 1). Gas: 4164.
    function votingDelay() external view returns (uint256);

    /// @notice Blocks voting stays open after the snapshot (devnet: 20). Gas: 4164.
    function votingPeriod() external view returns (uint256);

    /// @notice Votes (for + abstain) needed at `timepoint`: total votes then × numerator / 100.
    /// Reverts ERC5805FutureLookup unless timepoint < clock(). Gas: 10976.
    function quorum(uint256 timepoint) external view returns (uint256);

    /// @notice Votes `account` held at the end of past block `timepoint`. Gas: 9388.
    function getVotes(address account, uint256 timepoint) external view returns (uint256);

    /// @notice As getVotes; params are ignored. Gas: 9388 + 16 per extra calldata byte.
    function getVotesWithParams(address account, uint256 timepoint, bytes memory params)
        external view returns (uint256);

    /// @notice Whether `account` voted on the proposal. Gas: 5188.
    function hasVoted(uint256 proposalId, address account) external view returns (bool);

    /// @notice OZ GovernorCountingSimple: the weights cast so far. Gas: 8876.
    function proposalVotes(uint256 proposalId)
        external view returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes);

    /// @notice The caller proposes; needs proposalThreshold votes at the previous block. Returns the
    /// id (hashProposal with keccak256(bytes(description))). Emits ProposalCreated.
    /// Gas: 41762 for a signal vote with a 6-byte description; more with calls and text (16 per byte,
    /// plus 8 per event data byte).
    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas,
        string memory description) external returns (uint256 proposalId);

    /// @notice Queues a Succeeded proposal in the timelock: eta = block timestamp + getMinDelay();
    /// emits ProposalQueued. Without a timelock reverts GovernorQueueNotImplemented(); in another
    /// state GovernorUnexpectedProposalState. Gas: about 50000 + calldata.
    function queue(address[] memory targets, uint256[] memory values, bytes[] memory calldatas,
        bytes32 descriptionHash) external returns (uint256 proposalId);

    /// @notice Runs a Succeeded proposal's calls (a Queued one's from its eta, and only Queued ones
    /// while the timelock is on) with the governor as sender; anyone may call. Emits
    /// ProposalExecuted. Gas: 36854 for a signal vote; plus 700 and the callee's gas per call.
    function execute(address[] memory targets, uint256[] memory values, bytes[] memory calldatas,
        bytes32 descriptionHash) external returns (uint256 proposalId);

    /// @notice The proposer withdraws a Pending proposal. Emits ProposalCanceled.
    function cancel(address[] memory targets, uint256[] memory values, bytes[] memory calldatas,
        bytes32 descriptionHash) external returns (uint256 proposalId);

    /// @notice Votes with the caller's votes at the snapshot; returns the weight. Emits VoteCast.
    /// Gas: 64393 for the first vote of a proposal, 49393 for later ones.
    function castVote(uint256 proposalId, uint8 support) external returns (uint256 balance);

    /// @notice As castVote, with a reason in the event. Gas: 51185 with a 7-byte reason (not first).
    function castVoteWithReason(uint256 proposalId, uint8 support, string calldata reason)
        external returns (uint256 balance);

    /// @notice As castVoteWithReason; non-empty params emit VoteCastWithParams instead.
    function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string calldata reason,
        bytes memory params) external returns (uint256 balance);

    /// @notice Gasless voting: anyone relays `voter`'s EIP-712 signature over
    /// Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce) in the domain
    /// (name "Coterie DAO", version "1", chainId, verifyingContract 0x…1003), nonce = nonces(voter).
    /// 65-byte signatures, low s, v 27 or 28 (OZ ECDSA). Gas: castVote + 3000 + nonce update.
    function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes memory signature)
        external returns (uint256 balance);

    /// @notice As castVoteBySig over ExtendedBallot(uint256 proposalId,uint8 support,address voter,
    /// uint256 nonce,string reason,bytes params).
    function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter,
        string calldata reason, bytes memory params, bytes memory signature) external returns (uint256 balance);

    /// @notice The next nonce `owner` signs ballots with. Gas: 4676.
    function nonces(address owner) external view returns (uint256);

    /// @notice The quorum numerator now. Gas: 4164 before initialize.
    function quorumNumerator() external view returns (uint256);

    /// @notice The quorum numerator in force at the end of block `timepoint`.
    function quorumNumerator(uint256 timepoint) external view returns (uint256);

    /// @notice 100. Gas: 2064.
    function quorumDenominator() external view returns (uint256);

    /// @notice OZ GovernorVotes: the ERC-5805 token whose votes count (0x…3000 + id for cards,
    /// 0x…2000 + id for points). Gas: 4164 before initialize.
    function token() external view returns (address);

    /// @notice Coterie: which votes count: kind 0 = membership card collection, 1 = points program.
    function votingSource() external view returns (uint8 kind, uint256 id);

    /// @notice ERC-5267: fields 0x0f, name, version, chain id, 0x…1003, no salt, no extensions.
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version,
        uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);

    /// @notice ERC-165: true for 0x01ffc9a7 (IERC165) and OZ 5's IGovernor interface id.
    function supportsInterface(bytes4 interfaceId) external view returns (bool);

    /// @notice Coterie: one-time settings by a DEFAULT_ADMIN_ROLE holder; afterwards only governance
    /// changes them. Reverts GovernorAlreadyInitialized() the second time, and
    /// GovernorVotingSourceUnavailable or GovernorUnsuitableVotingSource for a source that cannot count.
    function initialize(uint48 initialVotingDelay, uint32 initialVotingPeriod, uint256 initialProposalThreshold,
        uint256 initialQuorumNumerator, uint8 votingSourceKind, uint256 votingSourceId) external;

    /// @notice As initialize, also switching the timelock on with `timelockMinDelay` seconds (0: off).
    function initialize(uint48 initialVotingDelay, uint32 initialVotingPeriod, uint256 initialProposalThreshold,
        uint256 initialQuorumNumerator, uint8 votingSourceKind, uint256 votingSourceId, uint256 timelockMinDelay) external;

    /// @notice OZ TimelockController, onlyGovernance: the timelock's minimum delay in seconds (0 turns
    /// it off; at most a year, GovernorInvalidTimelockDelay). Emits MinDelayChange. Proposals already
    /// queued keep their eta.
    function updateDelay(uint256 newDelay) external;

    /// @notice onlyGovernance. Emits VotingDelaySet.
    function setVotingDelay(uint48 newVotingDelay) external;

    /// @notice onlyGovernance; 0 reverts GovernorInvalidVotingPeriod. Emits VotingPeriodSet.
    function setVotingPeriod(uint32 newVotingPeriod) external;

    /// @notice onlyGovernance. Emits ProposalThresholdSet.
    function setProposalThreshold(uint256 newProposalThreshold) external;

    /// @notice onlyGovernance; above 100 reverts GovernorInvalidQuorumFraction. Applies to proposals
    /// whose snapshot is from this block on. Emits QuorumNumeratorUpdated.
    function updateQuorumNumerator(uint256 newQuorumNumerator) external;
}
