// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie loyalty program token
/// @notice Program `id` of the registry (ILoyaltyPrograms, 0x…1001) is this token at
/// 0x…2000 + id (id < 4096, so the range 0x…2000-0x…2fff stays below the membership
/// collections at 0x…3000). ERC-20 with OpenZeppelin v5 errors, ERC-2612 permit with the EIP-712
/// domain {name: program name, version "1", chainId, verifyingContract: this token} exactly as
/// OpenZeppelin ERC20Permit, ERC-5267 eip712Domain(). Every call to an address of the range whose
/// program does not exist reverts with ProgramNotFound(address).
///
/// Expiry: points earned at t under validity v > 0 expire at t + v rounded up to a multiple of
/// g = min(v, 1 day) (never earlier than t + v, at most g - 1 seconds later), so each member holds
/// at most v/g + 2 lots; v = 0 means never. A point is expired from the first block whose
/// timestamp is >= its expiry: balanceOf and totalSupply never include it, and totalSupply is
/// always the sum of all balances. Spending (transfer, redeem, exchange) takes the oldest points
/// first; a transfer keeps the points' expiry. Expired points leave without a Transfer event: the
/// next write touching the member emits PointsExpired(member, amount) when it clears them.
/// Tiers: tierOf(a) = number of the program's thresholds <= lifetimeEarned(a), where lifetime
/// earned counts awards, behaviour and consent rewards (not transfers or exchanges in).
///
/// Votes (ERC-5805/6372, as OpenZeppelin ERC20Votes, block-number clock "mode=blocknumber&from=
/// default"): once the program's owner called ILoyaltyPrograms.enableVotes (only for points that
/// never expire, since expiry happens without a transaction that could checkpoint it), every
/// award, transfer, redemption and exchange checkpoints the votes of the delegatees involved and
/// mints and burns checkpoint the total supply. A holder's points count once it delegates (to
/// itself or anyone); delegateBySig takes OZ's EIP-712 Delegation(address delegatee,uint256 nonce,
/// uint256 expiry) in the permit domain and shares the permit nonces. The DAO governor reads
/// getPastVotes/getPastTotalSupply at a proposal's snapshot, so points moved or awarded after it
/// never count twice. Without votes enabled the views answer 0 and delegate reverts
/// VotesNotEnabled. The supply of a votes program is capped at 2^208 - 1 (ERC20ExceededSafeSupply).
/// Ownership (Ownable2Step: owner, pendingOwner, transferOwnership, acceptOwnership): the owner is
/// the program's brand in the registry, who configures it; it can hand the program to another
/// brand or to the DAO governor (0x…1003).
///
/// @dev Storage layout of account 0x…2000 + id (slots 0-2 as OpenZeppelin ERC20, holding stored
/// values that may still include expired points):
///   slot 0: mapping(address => uint256) stored balance: keccak256(pad32(a) . 0)
///   slot 1: mapping(address => mapping(address => uint256)) allowances
///   slot 2: uint256 stored supply
///   slot 3: mapping(address => uint256) nonces (ERC-2612 permit and delegateBySig)
///   slot 4: mapping(address => uint256) lot list header: head expiry | tail expiry << 64
///   slot 5: mapping(address => mapping(uint64 expiresAt => Lot)): L = keccak256(pad32(expiresAt) .
///           keccak256(pad32(a) . 5)), amount at L, next expiry at L+1 (0 ends the list)
///   slot 6: uint256 expiry schedule header: head expiry | tail expiry << 64
///   slot 7: mapping(uint64 expiresAt => Entry): E = keccak256(pad32(expiresAt) . 7), amount at
///           E (sum of all members' lots with that expiry), next expiry at E+1
///   slot 8: mapping(bytes32 => bool) award refs used (consent reward refs included); slot 9: redeem refs used
///   slot 10: mapping(uint8 kind => mapping(bytes32 id => bool)) behaviour ids rewarded
///   slot 11: mapping(address shop => mapping(uint256 day => uint256)) awarded per UTC day
///   slot 12: mapping(address => uint256) lifetime earned
///   slot 13: mapping(address => address) delegatee (votes programs only)
///   slot 14: mapping(address => Checkpoint208[]) delegate checkpoints: length at
///            C = keccak256(pad32(a) . 14), checkpoint i at keccak256(C) + i (votes << 48 | block)
///   slot 15: Checkpoint208[] total supply checkpoints (length at 15, item i at keccak256(15) + i)
/// Never-expiring points use expiry 2^63 - 1.
/// Gas: as ILoyaltyPrograms (2000 + 16/calldata byte, 2100/read, 20000/5000/100 per write, events),
/// plus 3000 for the signature recovery in permit. Figures measured by LoyaltyGasTest with
/// ordinary calldata; walking expired or many lots adds 4200 per lot.
interface ILoyaltyToken {
    /// @notice ERC-20: `value` points moved from `from` to `to` (from 0 = minted, to 0 = burnt).
    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice ERC-20: `spender` may move `value` of `owner`'s points.
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @notice Authorised `shop` awarded `amount` points to `member` for `ref`.
    event Awarded(address indexed shop, address indexed member, bytes32 indexed ref, uint256 amount);

    /// @notice `member` redeemed (burnt) `amount` points for `ref`.
    event Redeemed(address indexed member, uint256 amount, bytes32 indexed ref);

    /// @notice `member` got `amount` points for behaviour `kind` (0 referral, 1 review, 2 share, 3 content) with unique `id`.
    event BehaviourRewarded(address indexed member, uint8 indexed kind, bytes32 indexed id, uint256 amount);

    /// @notice `merchant` (an authorised shop) rewarded `member` with `amount` points for granting it consent for `purpose`.
    event ConsentRewarded(address indexed member, address indexed merchant, bytes32 indexed purpose, uint256 amount);

    /// @notice `member` burnt `amount` here and received `received` points of program `toProgram`.
    event Exchanged(address indexed member, uint256 indexed toProgram, uint256 amount, uint256 received);

    /// @notice `amount` of `member`'s points had expired and were cleared from storage.
    event PointsExpired(address indexed member, uint256 amount);

    /// @notice ERC-5805: `delegator`'s votes now count for `toDelegate`.
    event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate);

    /// @notice ERC-5805: `delegate`'s votes changed (checkpointed at this block).
    event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes);

    /// @notice Ownable2Step: `previousOwner` named `newOwner`, who must accept.
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);

    /// @notice Ownable2Step: `newOwner` accepted and now owns the program.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// @notice OZ: `sender` holds only `balance` but `needed` were asked for.
    error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed);

    /// @notice OZ: points cannot come from `sender` (the zero address).
    error ERC20InvalidSender(address sender);

    /// @notice OZ: points cannot go to `receiver` (the zero address).
    error ERC20InvalidReceiver(address receiver);

    /// @notice OZ: `spender` may move only `allowance` but `needed` were asked for.
    error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed);

    /// @notice OZ: `approver` (the zero address) cannot approve.
    error ERC20InvalidApprover(address approver);

    /// @notice OZ: `spender` (the zero address) cannot be approved.
    error ERC20InvalidSpender(address spender);

    /// @notice OZ: the permit's `deadline` is before the block timestamp; sign a new one.
    error ERC2612ExpiredSignature(uint256 deadline);

    /// @notice OZ: the permit was signed by `signer`, not by `owner` (or for another nonce, chain, token or value).
    error ERC2612InvalidSigner(address signer, address owner);

    /// @notice OZ: the signature does not recover to any address (v not 27/28, r or s out of range).
    error ECDSAInvalidSignature();

    /// @notice OZ: `s` is in the upper half of the curve order (malleable signature); normalise it.
    error ECDSAInvalidSignatureS(bytes32 s);

    /// @notice No program exists for token address `token`; check ILoyaltyPrograms.programCount().
    error ProgramNotFound(address token);

    /// @notice Points of program `id` are not transferable (redeem them or exchange them instead).
    error TransfersDisabled(uint256 id);

    /// @notice `caller` is not a SHOP_ROLE holder authorised for program `id` (nor, for behaviour rewards, its brand).
    error ShopNotAuthorised(uint256 id, address caller);

    /// @notice This award or redemption reference was already used in this program; use a fresh ref.
    error RefAlreadyUsed(bytes32 ref);

    /// @notice `shop` awarded `awardedToday` on UTC `day` and `amount` more would pass the daily `cap`.
    error DailyCapExceeded(address shop, uint256 day, uint256 awardedToday, uint256 amount, uint256 cap);

    /// @notice `member` holds `balance` and `amount` more would pass the program's `maxBalance`.
    error MaxBalanceExceeded(address member, uint256 balance, uint256 amount, uint256 maxBalance);

    /// @notice Awards, redemptions and exchanges need an amount > 0.
    error ZeroAmount();

    /// @notice Behaviour kinds are 0 referral, 1 review, 2 share, 3 content.
    error UnknownBehaviour(uint8 kind);

    /// @notice The brand set no reward for behaviour `kind` (ILoyaltyPrograms.setBehaviourRewards).
    error BehaviourNotRewarded(uint8 kind);

    /// @notice Behaviour `kind` with this `id` was already rewarded.
    error BehaviourAlreadyRewarded(uint8 kind, bytes32 id);

    /// @notice `member` does not hold a consent for `purpose` granted to `merchant` in force at the block
    /// time (never granted, withdrawn or expired); ask the member to grant `merchant` consent for
    /// `purpose` on the Consent precompile (IConsent.grantConsent at 0x…1005), then call again.
    error ConsentNotGranted(address member, address merchant, bytes32 purpose);

    /// @notice Program `id` gives no consent reward; its brand sets one with ILoyaltyPrograms.setConsentReward.
    error ConsentRewardNotSet(uint256 id);

    /// @notice Program `toProgram` does not exist.
    error UnknownProgram(uint256 id);

    /// @notice Governance set no rate from `fromProgram` to `toProgram` (ILoyaltyPrograms.setExchangeRate).
    error ExchangeRateUnset(uint256 fromProgram, uint256 toProgram);

    /// @notice `amount` converts to `received` = 0 points at the rate; exchange more.
    error ExchangeAmountTooSmall(uint256 amount, uint256 received);

    /// @notice The program keeps no votes; its owner calls ILoyaltyPrograms.enableVotes(id) first.
    error VotesNotEnabled(uint256 id);

    /// @notice OZ ERC20Votes: a mint would lift the supply to `increasedSupply`, above `cap` (2^208 - 1).
    error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap);

    /// @notice OZ Votes: getPastVotes/getPastTotalSupply need a block before the current one (`clock`).
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);

    /// @notice OZ Votes: the delegation signature expired at `expiry` (unix seconds); sign a new one.
    error VotesExpiredSignature(uint256 expiry);

    /// @notice OZ Nonces: the signed nonce is not `account`'s `currentNonce` (see nonces(account)).
    error InvalidAccountNonce(address account, uint256 currentNonce);

    /// @notice OZ Ownable: `account` is not the owner (transferOwnership) or the pending owner (acceptOwnership).
    error OwnableUnauthorizedAccount(address account);

    /// @notice acceptOwnership: `account` lacks `neededRole` (BRAND_ROLE; the governor needs none).
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice The program name. Gas: ~6300 (every token call reads the program once to check it exists).
    function name() external view returns (string memory);

    /// @notice The program symbol. Gas: ~6300.
    function symbol() external view returns (string memory);

    /// @notice The program decimals. Gas: ~6300.
    function decimals() external view returns (uint8);

    /// @notice Live points of all members (expired ones excluded). Gas: ~8400 + 4200 per expired expiry time not yet settled.
    function totalSupply() external view returns (uint256);

    /// @notice Live points of `account` (expired ones excluded). Gas: ~8900 + 4200 per expired lot not yet cleared.
    function balanceOf(address account) external view returns (uint256);

    /// @notice ERC-20 allowance. Gas: ~7300.
    function allowance(address owner, address spender) external view returns (uint256);

    /// @notice Moves the caller's oldest points to `to` (within `to`'s max balance); reverts TransfersDisabled if the program is not transferable. Gas: ~106000 to a new holder (more per lot moved).
    function transfer(address to, uint256 value) external returns (bool);

    /// @notice ERC-20 approve (emits Approval). Gas: ~27000 for a new allowance.
    function approve(address spender, uint256 value) external returns (bool);

    /// @notice ERC-20 transferFrom; an allowance of 2^256-1 is never decreased. Gas: ~114000 to a new holder.
    function transferFrom(address from, address to, uint256 value) external returns (bool);

    /// @notice ERC-2612: sets `spender`'s allowance over `owner`'s points by `owner`'s EIP-712 signature. Gas: ~60000 (incl. 3000 for the signature recovery).
    function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice The next nonce of `owner` for permit and delegateBySig (shared, as OZ). Gas: ~6800.
    function nonces(address owner) external view returns (uint256);

    /// @notice ERC-2612: the EIP-712 domain separator. Gas: ~6300.
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice ERC-5267: fields 0x0f, name, version "1", chainId, this token, no salt, no extensions. Gas: ~6300.
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);

    /// @notice Mints `amount` points to `member` for `ref` (unique per program). Caller: a SHOP_ROLE holder authorised for the program; within its daily cap (day = timestamp / 86400) and the member's max balance. Gas: ~225000 for the first award of a program, ~100000 for later ones (more when it opens a new lot or clears expired ones).
    function award(address member, uint256 amount, bytes32 ref) external;

    /// @notice Burns `amount` of the caller's oldest points for `ref` (unique per program); emits Transfer to 0 and Redeemed. Gas: ~72000 (more per lot emptied).
    function redeem(uint256 amount, bytes32 ref) external;

    /// @notice Mints the brand-set reward for behaviour `kind` (0 referral, 1 review, 2 share, 3 content) with unique `id` to `member`. Caller: an authorised shop (counts towards its daily cap) or the program's brand. Gas: ~167000 to a new holder, ~104000 after.
    /// Loyalty version 2 (activated by config.coterie.transitions) uses the member's data for the
    /// caller only with consent: `member` must hold a consent granted to the caller (IConsent,
    /// 0x…1005) for purpose keccak256("coterie.behaviour.<kind>") - referral, review, share or
    /// content - in force at the block time, else ConsentNotGranted(member, caller, purpose); checked
    /// after ShopNotAuthorised, for 2100 gas more.
    function rewardBehaviour(address member, uint8 kind, bytes32 id) external;

    /// @notice Mints the program's consent reward (ILoyaltyPrograms.consentReward) to `member` for the
    /// consent for `purpose` that `member` grants the caller, which must be in force at the block time
    /// (ConsentNotGranted otherwise). Caller: a SHOP_ROLE holder authorised for the program
    /// (ShopNotAuthorised); the reward must be set (ConsentRewardNotSet). Once per (member, caller,
    /// purpose) ever, even after the consent is withdrawn and granted again: the award ref is
    /// keccak256(abi.encode(keccak256("coterie.consent.reward"), member, caller, purpose)), shared with
    /// award refs (RefAlreadyUsed on a repeat; awardRefUsed tells). Credited as award credits: within the
    /// caller's daily cap and the member's max balance, counted in lifetime earned (tiers), in a lot
    /// expiring like awarded points; emits Transfer from 0 and ConsentRewarded. Gas: ~229000 for the first
    /// credit of a program, ~103000 for later ones (more when it opens a new lot or clears expired ones).
    function rewardConsent(address member, bytes32 purpose) external;

    /// @notice Burns `amount` of the caller's points here and mints amount * numerator / denominator (rounded down) of program `toProgram` at the governance rate. Gas: ~203000 for a first exchange into that program.
    function exchange(uint256 toProgram, uint256 amount) external;

    /// @notice The tier of `account`: how many thresholds its lifetime earned points reach. Gas: ~11000 + 2100 per threshold.
    function tierOf(address account) external view returns (uint8);

    /// @notice Points `account` ever earned here by awards, behaviour and consent rewards. Gas: ~6800.
    function lifetimeEarned(address account) external view returns (uint256);

    /// @notice The live lots of `account`, oldest first: expiry times (2^63-1 = never) and amounts. Gas: ~6800 + 4200 per lot.
    function lotsOf(address account) external view returns (uint64[] memory expiresAt, uint256[] memory amounts);

    /// @notice Whether award reference `ref` was used. Gas: ~6800.
    function awardRefUsed(bytes32 ref) external view returns (bool);

    /// @notice Whether redemption reference `ref` was used. Gas: ~6800.
    function redeemRefUsed(bytes32 ref) external view returns (bool);

    /// @notice Points `shop` awarded on UTC day `day` (timestamp / 86400). Gas: ~7300.
    function awardedOn(address shop, uint256 day) external view returns (uint256);

    /// @notice This token's program id. Gas: ~4200.
    function programId() external view returns (uint256);

    // ERC-6372, ERC-5805 (programs with votes enabled)
    /// @notice The current block number. Gas: 2064.
    function clock() external view returns (uint48);
    /// @notice "mode=blocknumber&from=default". Gas: 2064.
    function CLOCK_MODE() external view returns (string memory);
    /// @notice `account`'s delegatee (0: its points do not count). Gas (pinned): 6776.
    function delegates(address account) external view returns (address);
    /// @notice Votes delegated to `account` now. Gas (pinned): 8876 with checkpoints, 6776 without.
    function getVotes(address account) external view returns (uint256);
    /// @notice Votes delegated to `account` at the end of block `timepoint` (< clock(), else
    /// ERC5805FutureLookup); binary search, 2100 per probe. Gas: 6264 + probes.
    function getPastVotes(address account, uint256 timepoint) external view returns (uint256);
    /// @notice Points in existence at the end of block `timepoint` since votes were enabled (< clock()).
    function getPastTotalSupply(uint256 timepoint) external view returns (uint256);
    /// @notice Delegates all the caller's points (now and later) to `delegatee`; reverts
    /// VotesNotEnabled. Gas (pinned): 80788 for a first self-delegation of a balance. With votes,
    /// every balance change also pays its checkpoints: a transfer between two delegated holders in a
    /// new block costs 134918, an award to a delegated member 152324; holders with no delegatee add none.
    function delegate(address delegatee) external;
    /// @notice delegate() signed by the holder, sent by anyone. Reverts VotesExpiredSignature,
    /// ECDSAInvalidSignature(S), InvalidAccountNonce, VotesNotEnabled. Gas: delegate + 3000 + the nonce write.
    function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) external;

    // Ownable2Step
    /// @notice The program's owner (its brand in the registry). Gas (pinned): 6264.
    function owner() external view returns (address);
    /// @notice The address that may acceptOwnership (0 if none). Gas: 6264.
    function pendingOwner() external view returns (address);
    /// @notice Owner only: names the next owner (0 cancels); emits OwnershipTransferStarted.
    /// Reverts OwnableUnauthorizedAccount. Gas (pinned): 28276.
    function transferOwnership(address newOwner) external;
    /// @notice The pending owner (holding BRAND_ROLE, or the governor) becomes the owner and the
    /// program's brand; emits OwnershipTransferred. Gas (pinned): 19864 (by the governor).
    function acceptOwnership() external;
}
