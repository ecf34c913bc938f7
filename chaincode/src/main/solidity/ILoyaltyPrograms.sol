// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie loyalty program registry
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001001. A BRAND_ROLE
/// holder creates a program; program `id` is an ERC-20 (+ ERC-2612 permit) at address
/// 0x…2000 + id, id < 4096 (see ILoyaltyToken). A program is configured by its brand, a DEFAULT_ADMIN_ROLE
/// holder or the DAO governor (0x…1003); exchange rates by the governor or a DEFAULT_ADMIN_ROLE
/// holder (the governor alone when the genesis set config.coterie.governorExclusive). A program's
/// brand is its owner, transferable Ownable2Step-style on its token (ILoyaltyToken.transferOwnership).
/// Roles are those of the Roles precompile (0x…1000).
/// @dev Storage layout of account 0x…1001 (Solidity rules, so eth_getStorageAt / eth_getProof work):
///   slot 0: uint256 programCount
///   slot 1: mapping(uint256 id => Program), P = keccak256(pad32(id) . 1):
///           P+0 brand (address; non-zero exactly when the program exists)
///           P+1 name, P+2 symbol (Solidity string encoding: < 32 bytes inline with length*2 in the
///               low byte; else length*2+1 and the bytes from keccak256(slot))
///           P+3 decimals (bits 0-7) | transferable (bit 8) | validity seconds (bits 16-79)
///               | votes enabled (bit 80)
///           P+4 shopDailyCap, P+5 maxBalance
///           P+6 tierThresholds length; element i at keccak256(P+6) + i
///           P+7..P+10 behaviour rewards: referral, review, share, content
///           P+11 consentReward (points for a granted consent, see ILoyaltyToken.rewardConsent; 0 = none)
///           P+12 pendingOwner (Ownable2Step on the program's token; P+0 brand is the owner)
///   slot 2: mapping(uint256 id => mapping(address shop => bool)) at
///           keccak256(pad32(shop) . keccak256(pad32(id) . 2))
///   slot 3: mapping(uint256 from => mapping(uint256 to => Rate)), R = keccak256(pad32(to) .
///           keccak256(pad32(from) . 3)): numerator at R, denominator at R+1
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (role checks included), 20000 per write of a zero slot, 5000 per write changing a non-zero slot,
/// 100 per unchanged write, and 375 + 375 per topic + 8 per data byte per event. Figures below were
/// measured with ordinary ABI calldata (LoyaltyGasTest) and vary with string and array lengths.
/// Errors shared by all Coterie precompiles: UnknownSelector, MalformedCalldata, NotPayable,
/// WriteInStaticCall. No function accepts value.
interface ILoyaltyPrograms {
    /// @notice Program `id` was created by `brand`; its ERC-20 is `token`.
    event ProgramCreated(uint256 indexed id, address indexed brand, address indexed token, string name, string symbol);

    /// @notice The caps of program `id` changed (0 = no cap).
    event CapsChanged(uint256 indexed id, uint256 shopDailyCap, uint256 maxBalance);

    /// @notice Transfers of program `id`'s points were enabled or disabled.
    event TransferableChanged(uint256 indexed id, bool transferable);

    /// @notice The tier thresholds (lifetime earned points for tier 1, 2, …) of program `id` changed.
    event TierThresholdsChanged(uint256 indexed id, uint256[] thresholds);

    /// @notice The behaviour reward amounts (referral, review, share, content) of program `id` changed.
    event BehaviourRewardsChanged(uint256 indexed id, uint256[4] amounts);

    /// @notice Program `id` now gives `amount` points for a granted consent (0 = no consent reward).
    event ConsentRewardSet(uint256 indexed id, uint256 amount);

    /// @notice `shop` may now award program `id`'s points; `sender` authorised it.
    event ShopAuthorised(uint256 indexed id, address indexed shop, address indexed sender);

    /// @notice `shop` may no longer award program `id`'s points.
    event ShopDeauthorised(uint256 indexed id, address indexed shop, address indexed sender);

    /// @notice One point of `fromProgram` now exchanges for numerator/denominator points of `toProgram` (0/0 = unset).
    event ExchangeRateSet(uint256 indexed fromProgram, uint256 indexed toProgram, uint256 numerator, uint256 denominator);

    /// @notice Program `id` keeps ERC-5805 vote checkpoints from this block; the total supply starts at `supply`.
    event VotesEnabled(uint256 indexed id, uint256 supply);

    /// @notice The caller `account` lacks `neededRole` (BRAND_ROLE to create a program).
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);

    /// @notice No program has id `id`; programCount() tells how many exist.
    error UnknownProgram(uint256 id);

    /// @notice `caller` may not configure program `id`: only its brand, a DEFAULT_ADMIN_ROLE holder or the governor may.
    error NotProgramAdmin(uint256 id, address caller);

    /// @notice `caller` may not set exchange rates: only the governor (0x…1003) or a DEFAULT_ADMIN_ROLE
    /// holder may, and only the governor (through an executed proposal) on a governor-exclusive chain.
    error NotGovernance(address caller);

    /// @notice enableVotes: points of program `id` expire after `validity` seconds, and expiry leaves no
    /// checkpoint; only a program whose points never expire (validity 0) can vote.
    error VotesNeedNonExpiringPoints(uint256 id, uint64 validity);

    /// @notice Program `id` already keeps vote checkpoints.
    error VotesAlreadyEnabled(uint256 id);

    /// @notice A parameter is out of range; `reason` names it and the allowed range.
    error InvalidProgramConfig(string reason);

    /// @notice All `limit` program ids are taken.
    error ProgramLimitReached(uint256 limit);

    /// @notice `shop` does not hold SHOP_ROLE; grant it on the Roles precompile first.
    error ShopRoleMissing(address shop);

    /// @notice A rate needs two different existing programs and numerator, denominator both > 0 (or both 0 to unset).
    error InvalidExchangeRate(uint256 fromProgram, uint256 toProgram, uint256 numerator, uint256 denominator);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Creates a program owned by the caller (BRAND_ROLE) and returns its id (0, 1, …).
    /// Name 1-64 bytes, symbol 1-16 bytes, validity 0 (never expire) to 100 years and fixed for
    /// life; caps 0 = none; up to 8 strictly ascending positive tier thresholds; behaviour reward
    /// amounts in the order referral, review, share, content (0 = not rewarded).
    /// Gas: ~121000 for "Coterie Points"/"CPT" with no tiers and no rewards (+20000 per non-zero cap, reward or threshold).
    function createProgram(string calldata name, string calldata symbol, uint8 decimals, bool transferable, uint64 validitySeconds, uint256 shopDailyCap, uint256 maxBalance, uint256[] calldata tierThresholds, uint256[4] calldata behaviourRewards) external returns (uint256 id);

    /// @notice Sets the per-shop daily award cap and the per-member max balance (0 = no cap). Gas: ~49000 setting both from 0, ~15000 changing them.
    function setCaps(uint256 id, uint256 shopDailyCap, uint256 maxBalance) external;

    /// @notice Enables or disables transfers of the program's points. Gas: ~11000.
    function setTransferable(uint256 id, bool transferable) external;

    /// @notice Replaces the tier thresholds (at most 8, strictly ascending, positive). Gas: ~49000 for 3 new thresholds (+22000 per new, +5000 per changed one).
    function setTierThresholds(uint256 id, uint256[] calldata thresholds) external;

    /// @notice Sets the behaviour reward amounts: referral, review, share, content (0 = not rewarded). Gas: ~31000 changing all four, up to ~100000 setting all from 0.
    function setBehaviourRewards(uint256 id, uint256[4] calldata amounts) external;

    /// @notice Sets the points an authorised shop gives a member, once, for a consent the member grants
    /// it on the Consent precompile (0x…1005; ILoyaltyToken.rewardConsent); 0 disables consent rewards.
    /// Caller: the program's brand, a DEFAULT_ADMIN_ROLE holder or the governor. Gas: ~28700 from 0, ~13700 changing it.
    function setConsentReward(uint256 id, uint256 amount) external;

    /// @notice Points program `id` gives for a granted consent (0 = none); reverts UnknownProgram if it does not exist. Gas: ~6800.
    function consentReward(uint256 id) external view returns (uint256);

    /// @notice Lets `shop` (a SHOP_ROLE holder) award the program's points. Gas: ~31000.
    function authoriseShop(uint256 id, address shop) external;

    /// @notice Stops `shop` awarding the program's points. Gas: ~11400.
    function deauthoriseShop(uint256 id, address shop) external;

    /// @notice Whether `shop` is authorised for program `id` (it must also still hold SHOP_ROLE to award). Gas: ~5200.
    function isShopAuthorised(uint256 id, address shop) external view returns (bool);

    /// @notice Sets how many `toProgram` points one `fromProgram` point buys: numerator/denominator, rounded down per exchange; 0/0 unsets. Gas: ~50000 for a new rate.
    function setExchangeRate(uint256 fromProgram, uint256 toProgram, uint256 numerator, uint256 denominator) external;

    /// @notice Its brand, a DEFAULT_ADMIN_ROLE holder or the governor: makes program `id` keep ERC-5805
    /// vote checkpoints from this block on, for good (ILoyaltyToken's votes), so its points can weigh a
    /// DAO governor. Needs points that never expire (VotesNeedNonExpiringPoints); reverts
    /// VotesAlreadyEnabled the second time. Emits VotesEnabled. Gas (pinned): 63657.
    function enableVotes(uint256 id) external;

    /// @notice Whether program `id` keeps vote checkpoints (false if it does not exist). Gas (pinned): 6776.
    function votesEnabled(uint256 id) external view returns (bool);

    /// @notice The rate from `fromProgram` to `toProgram` (0/0 when unset). Gas: ~7300.
    function exchangeRate(uint256 fromProgram, uint256 toProgram) external view returns (uint256 numerator, uint256 denominator);

    /// @notice Number of programs; ids are 0 .. programCount() - 1. Gas: ~4200.
    function programCount() external view returns (uint256);

    /// @notice Everything about program `id`; reverts UnknownProgram if it does not exist. Gas: ~38000 with 2 tiers.
    function programInfo(uint256 id) external view returns (address brand, address token, string memory name, string memory symbol, uint8 decimals, bool transferable, uint64 validitySeconds, uint256 shopDailyCap, uint256 maxBalance, uint256[] memory tierThresholds, uint256[4] memory behaviourRewards);

    /// @notice The token address 0x…2000 + id of program `id`; reverts UnknownProgram if it does not exist. Gas: ~4700.
    function tokenAddress(uint256 id) external view returns (address);
}
