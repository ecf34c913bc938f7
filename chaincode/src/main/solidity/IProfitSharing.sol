// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie profit sharing: distribution rounds of loyalty points, claimed pro rata
/// @notice Built into every Coterie node at 0x000000000000000000000000000000000000100a. A brand
/// (BRAND_ROLE at the Roles precompile 0x…1000) or the DAO governor (0x…1003, through an executed
/// proposal) opens a round of `amount` points of a loyalty program (ERC-20 at 0x…2000 + programId):
/// the opener first approves 0x…100a for `amount` on the program token, and the opening pulls the
/// points with the token's transferFrom in the same transaction, or nothing happens. The program's
/// points must be transferable and never expire (they wait in 0x…100a until claimed). Rounds pay in
/// points only: a precompile cannot send native coin, so no function accepts value.
/// Weights: an explicit (member, weight) list fixed at opening (openListedRound), or ERC-5805 votes
/// at a past snapshot block (openRound): source 1 = votes of member card collection `sourceId`
/// (0x…3000 + id, one card one vote), source 2 = votes of points program `sourceId` once its owner
/// enabled votes (the points held, for members who delegated to themselves). Votes at a past block
/// never change, so a claim reads them then; the total is the source's past total supply, so units
/// nobody had delegated at the snapshot stay unclaimed. Card tiers keep no history: to weigh by
/// tier, list the weights. A member's share is amount * weight / totalWeight, rounded down; claims
/// run while block.number < expiryBlock, each member claims once (pull), and after the expiry
/// anyone calls reclaimExpired, which returns everything unclaimed, the rounding remainder
/// included, to the funder. The sum of all shares plus what returns is exactly the amount.
/// @dev Storage layout of account 0x…100a (as a Solidity contract with these variables):
///   slot 0: uint256 roundCount (round ids are 1 .. roundCount)
///   slot 1: mapping(uint256 roundId => Round) at R = keccak256(pad32(roundId) . pad32(1)):
///           R+0 funder, R+1 programId, R+2 amount, R+3 sourceId,
///           R+4 source | snapshotBlock << 8 | expiryBlock << 72 | reclaimed << 136,
///           R+5 totalWeight, R+6 claimedTotal
///   slot 2: mapping(uint256 roundId => mapping(address => uint256)) listed weights
///   slot 3: mapping(uint256 roundId => mapping(address => uint256)) claimed amounts (0 = none)
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (role, program and checkpoint reads included), 20000 per write of a zero slot, 5000 per write
/// changing a non-zero slot, 100 per unchanged write, 375 + 375 per topic + 8 per data byte per
/// event, and 700 per nested call to the program token plus the token's own costs.
interface IProfitSharing {
    /// @notice Round `roundId` opened by `funder` with `amount` points of `programId`, weighed by
    /// `source` (0 listed, 1 card votes, 2 point votes) of `sourceId` at `snapshotBlock`; claims
    /// until `expiryBlock`; weights sum to `totalWeight`.
    event RoundOpened(uint256 indexed roundId, address indexed funder, uint256 indexed programId, uint256 amount, uint8 source, uint256 sourceId, uint64 snapshotBlock, uint64 expiryBlock, uint256 totalWeight);

    /// @notice `member` claimed `amount` points of round `roundId`.
    event ShareClaimed(uint256 indexed roundId, address indexed member, uint256 amount);

    /// @notice `amount` points (unclaimed shares and the rounding remainder) of expired round
    /// `roundId` went back to `funder`.
    event RoundReclaimed(uint256 indexed roundId, address indexed funder, uint256 amount);

    /// @notice `account` holds no BRAND_ROLE and is not the governor; ask a brand, or pass a
    /// governance proposal that opens the round.
    error NotRoundOpener(address account);

    /// @notice No loyalty program `programId`; create it at 0x…1001 first.
    error UnknownProgram(uint256 programId);

    /// @notice Program `programId`'s points cannot be shared: `reason` says why and what to use.
    error ProgramNotShareable(uint256 programId, string reason);

    /// @notice A round shares a positive amount.
    error ZeroAmount();

    /// @notice Claims must end after the current block `currentBlock`; pass a later `expiryBlock`.
    error ExpiryNotInFuture(uint64 expiryBlock, uint64 currentBlock);

    /// @notice Weights are read at a block that has ended; pass a `snapshotBlock` below
    /// `currentBlock`.
    error SnapshotNotInPast(uint64 snapshotBlock, uint64 currentBlock);

    /// @notice `source` is not 1 (card votes) or 2 (point votes); an explicit list goes through
    /// openListedRound.
    error InvalidWeightSource(uint8 source);

    /// @notice Source `source` / `sourceId` keeps no usable ERC-5805 checkpoints: `reason` says
    /// what to do.
    error UnsuitableWeightSource(uint8 source, uint256 sourceId, string reason);

    /// @notice `members` and `weights` have different lengths; pass one weight per member.
    error ListLengthMismatch(uint256 members, uint256 weights);

    /// @notice A list of `length` members: pass 1 to `max`, and open several rounds for more.
    error InvalidListSize(uint256 length, uint256 max);

    /// @notice `member` is the zero address, or its `weight` is 0 or above 2^128.
    error InvalidListedMember(address member, uint256 weight);

    /// @notice `member` is listed twice; list each member once with the sum of its weights.
    error DuplicateMember(address member);

    /// @notice Source `source` / `sourceId` had no votes at `snapshotBlock`, so nobody could claim.
    error NoWeight(uint8 source, uint256 sourceId, uint64 snapshotBlock);

    /// @notice No round `roundId`; ids run from 1 to roundCount().
    error UnknownRound(uint256 roundId);

    /// @notice Round `roundId` took claims until block `expiryBlock`; it is now `currentBlock`.
    error RoundExpired(uint256 roundId, uint64 expiryBlock, uint64 currentBlock);

    /// @notice `member` already claimed `amount` from round `roundId`; a member claims once.
    error AlreadyClaimed(uint256 roundId, address member, uint256 amount);

    /// @notice `member`'s weight in round `roundId` gives a share of 0 points.
    error NothingToClaim(uint256 roundId, address member);

    /// @notice Round `roundId` takes claims until block `expiryBlock` (now `currentBlock`);
    /// reclaim from then on.
    error RoundNotExpired(uint256 roundId, uint64 expiryBlock, uint64 currentBlock);

    /// @notice What was left of round `roundId` already went back to its funder.
    error AlreadyReclaimed(uint256 roundId);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Opens a round of `amount` points of `programId`, weighed by the ERC-5805 votes of
    /// `source` (1 card collection, 2 points program) `sourceId` at `snapshotBlock` (before the
    /// current block), claimable until `expiryBlock` (after it). Caller: a brand or the governor,
    /// having approved 0x…100a for `amount` on the program token. Emits RoundOpened (and the
    /// token's Transfer). Gas: 293803 with point votes of a three-holder program, the token's transferFrom included.
    function openRound(uint256 programId, uint256 amount, uint8 source, uint256 sourceId, uint64 snapshotBlock, uint64 expiryBlock) external returns (uint256 roundId);

    /// @notice Opens a round of `amount` points of `programId` shared by the listed `weights` of
    /// `members` (1 to 200, distinct, weights 1 to 2^128), claimable until `expiryBlock`. Caller:
    /// a brand or the governor, having approved 0x…100a for `amount`. Emits RoundOpened.
    /// Gas: 322787 for three members, the token's transferFrom included (about 21000 more per member).
    function openListedRound(uint256 programId, uint256 amount, uint64 expiryBlock, address[] calldata members, uint256[] calldata weights) external returns (uint256 roundId);

    /// @notice Transfers the caller's share of round `roundId` to the caller and returns it.
    /// Emits ShareClaimed (and the token's Transfer). Gas: 174576 for a listed round, 180876 for point votes (the token's transfer to a first-time holder included).
    function claim(uint256 roundId) external returns (uint256 amount);

    /// @notice After the expiry, returns everything unclaimed of round `roundId`, the rounding
    /// remainder included, to its funder; anyone may call, once. Emits RoundReclaimed.
    /// Gas: 94676 returning the rest to the funder.
    function reclaimExpired(uint256 roundId) external returns (uint256 amount);

    /// @notice Rounds opened so far (ids 1 .. roundCount). Gas: 4164.
    function roundCount() external view returns (uint256);

    /// @notice Round `roundId` as stored. Gas: 19376.
    function roundInfo(uint256 roundId) external view returns (address funder, uint256 programId, uint256 amount, uint8 source, uint256 sourceId, uint64 snapshotBlock, uint64 expiryBlock, uint256 totalWeight, uint256 claimedTotal, bool reclaimed);

    /// @notice `member`'s weight in round `roundId`. Gas: 21988 for a listed round.
    function weightOf(uint256 roundId, address member) external view returns (uint256);

    /// @notice What `member` would receive by claiming now: 0 once claimed and after the expiry.
    /// Gas: 174576 for a listed round, 180876 for point votes (the token's transfer to a first-time holder included)ABLE.
    function claimable(uint256 roundId, address member) external view returns (uint256);

    /// @notice What `member` claimed from round `roundId` (0: nothing yet). Gas: 174576 for a listed round, 180876 for point votes (the token's transfer to a first-time holder included)ED.
    function claimed(uint256 roundId, address member) external view returns (uint256);
}
