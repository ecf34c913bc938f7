// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie membership card collection (one per address 0x…3000 + id)
/// @notice ERC-721 with metadata and enumeration, ERC-165, ERC-5192 (soulbound collections lock
/// every card), ERC-5805/ERC-6372 votes (one card = one vote, block-number clock) and the brand's
/// functions: mint with a tier, tiers, deterministic airdrops, and token-gated drops. A call to an
/// address in the range whose collection was not created reverts UnknownCollection(id).
/// Coterie has no EVM, so no receiver contract can exist: both safeTransferFrom behave exactly as
/// transferFrom and never call onERC721Received.
/// Voting: every account that receives its first card while it has no delegatee and never called
/// delegate() becomes its own delegatee (DelegateChanged(account, 0, account)), so members vote
/// without an extra transaction. delegate(address(0)) stops that for good.
/// @dev Storage layout (OpenZeppelin v5 ERC721 + ERC721Enumerable + Votes order, then Coterie's):
///   slot 0: string name                  slot 1: string symbol         (Solidity string encoding)
///   slot 2: mapping(uint256 => address) owners      slot 3: mapping(address => uint256) balances
///   slot 4: mapping(uint256 => address) tokenApprovals
///   slot 5: mapping(address => mapping(address => bool)) operatorApprovals
///   slot 6: mapping(address => mapping(uint256 => uint256)) ownedTokens
///   slot 7: mapping(uint256 => uint256) ownedTokensIndex
///   slot 8: uint256[] allTokens (length at 8, item i at keccak256(8) + i)
///   slot 9: mapping(uint256 => uint256) allTokensIndex
///   slot 10: mapping(address => address) delegatee
///   slot 11: mapping(address => Checkpoint208[]) delegateCheckpoints: length at
///            C = keccak256(pad32(a) . 11), checkpoint i at keccak256(C) + i
///   slot 12: Checkpoint208[] totalCheckpoints (length at 12, item i at keccak256(12) + i)
///            a Checkpoint208 word is votes << 48 | blockNumber (uint208 votes, uint48 block)
///   slot 13: address brand          slot 14: bool soulbound          slot 15: string baseURI
///   slot 16: uint256 lastTokenId (ids are 1, 2, 3, ...)
///   slot 17: mapping(uint256 => uint8) tier
///   slot 18: mapping(address => bool) delegationChosen (set by delegate())
///   slot 19: uint256 dropCount
///   slot 20: mapping(uint256 => Drop) drops, base D = keccak256(pad32(dropId) . 20):
///            D: memberOpensAt | publicOpensAt << 64 (two uint64); D+1: supply; D+2: sold
///   slot 21: mapping(uint256 dropId => mapping(address => uint256 serial)) purchases
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte + 2100 for the collection
/// check, plus 2100 per storage read, 20000 per write of a zero slot, 5000 per write changing a
/// non-zero slot (incl. clearing), 100 per unchanged write, and 375 + 375 per topic + 8 per data
/// byte per event. Figures below are estimates from that schedule, not yet pinned by a gas test.
interface IMembershipCard {
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId);
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);
    /// @notice ERC-5192: emitted when a card of a soulbound collection is minted.
    event Locked(uint256 tokenId);
    event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate);
    event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes);
    event TierChanged(uint256 indexed tokenId, uint8 previousTier, uint8 newTier);
    event BaseURIChanged(string baseURI);
    event DropCreated(uint256 indexed dropId, uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply);
    /// @notice `buyer` bought item `serial` (1, 2, ...) of drop `dropId`.
    event DropPurchased(uint256 indexed dropId, address indexed buyer, uint256 serial, bool duringMemberWindow);

    error ERC721InvalidOwner(address owner);
    error ERC721NonexistentToken(uint256 tokenId);
    error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner);
    error ERC721InvalidSender(address sender);
    error ERC721InvalidReceiver(address receiver);
    error ERC721InsufficientApproval(address operator, uint256 tokenId);
    error ERC721InvalidApprover(address approver);
    error ERC721InvalidOperator(address operator);
    error ERC721OutOfBoundsIndex(address owner, uint256 index);
    /// @notice getPastVotes/getPastTotalSupply need a block before the current one (`clock`).
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);
    /// @notice The caller lacks `neededRole` (BRAND_ROLE).
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    /// @notice Only `brand`, the collection's creator, may do this.
    error NotCollectionBrand(address caller, address brand);
    error UnknownCollection(uint256 id);
    /// @notice The collection is soulbound: card `tokenId` never moves.
    error SoulboundCard(uint256 tokenId);
    /// @notice An airdrop covered `count` addresses; at most `max` per call (use the ranged form).
    error AirdropTooLarge(uint256 count, uint256 max);
    error UnknownDrop(uint256 dropId);
    /// @notice A drop needs memberOpensAt <= publicOpensAt and supply > 0.
    error InvalidDrop(uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply);
    /// @notice `buyer` may buy from `dropId` only from `opensAt` (memberOpensAt for card holders).
    error DropNotOpen(uint256 dropId, address buyer, uint64 opensAt);
    error DropSoldOut(uint256 dropId, uint256 supply);
    /// @notice One item per address and drop.
    error AlreadyPurchased(uint256 dropId, address buyer);
    error UnknownSelector(bytes4 selector);
    error MalformedCalldata();
    error NotPayable(uint256 value);
    error WriteInStaticCall(bytes4 selector);

    // ERC-721
    /// @notice Gas (estimate): 6740. Reverts ERC721InvalidOwner(0) for the zero address.
    function balanceOf(address owner) external view returns (uint256);
    /// @notice Gas (estimate): 6740. Reverts ERC721NonexistentToken.
    function ownerOf(uint256 tokenId) external view returns (address);
    /// @notice As transferFrom (no receiver hook: there are no contracts). Gas: as transferFrom + calldata.
    function safeTransferFrom(address from, address to, uint256 tokenId, bytes calldata data) external;
    /// @notice As transferFrom. Gas: as transferFrom.
    function safeTransferFrom(address from, address to, uint256 tokenId) external;
    /// @notice OZ v5 checks, in order: to != 0, card exists, collection not soulbound
    /// (SoulboundCard), caller is owner/operator/approved, from is the owner. Moves one vote from
    /// the sender's delegatee to the receiver's. Gas (estimate): 110000 (receiver's first card).
    function transferFrom(address from, address to, uint256 tokenId) external;
    /// @notice Gas (estimate): 32000 for a first approval.
    function approve(address to, uint256 tokenId) external;
    /// @notice Reverts ERC721InvalidOperator(0). Gas (estimate): 26000 when first set.
    function setApprovalForAll(address operator, bool approved) external;
    /// @notice Gas (estimate): 8840.
    function getApproved(uint256 tokenId) external view returns (address);
    /// @notice Gas (estimate): 6756.
    function isApprovedForAll(address owner, address operator) external view returns (bool);

    // ERC-721 metadata
    /// @notice Gas (estimate): 6164 for a name under 32 bytes.
    function name() external view returns (string memory);
    /// @notice Gas (estimate): 6164.
    function symbol() external view returns (string memory);
    /// @notice baseURI + tokenId in decimal, "" when baseURI is empty. Gas (estimate): 11000.
    function tokenURI(uint256 tokenId) external view returns (string memory);

    // ERC-721 enumerable
    /// @notice Gas (estimate): 6164.
    function totalSupply() external view returns (uint256);
    /// @notice Reverts ERC721OutOfBoundsIndex(0, index). Gas (estimate): 8780.
    function tokenByIndex(uint256 index) external view returns (uint256);
    /// @notice Reverts ERC721OutOfBoundsIndex(owner, index). Gas (estimate): 8796.
    function tokenOfOwnerByIndex(address owner, uint256 index) external view returns (uint256);

    // ERC-165, ERC-5192
    /// @notice True for 0x01ffc9a7 (ERC-165), 0x80ac58cd (ERC-721), 0x5b5e139f (metadata),
    /// 0x780e9d63 (enumerable), 0xb45a3c0e (ERC-5192). Gas (estimate): 4676.
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    /// @notice ERC-5192: true for every card of a soulbound collection. Reverts
    /// ERC721NonexistentToken. Gas (estimate): 8740.
    function locked(uint256 tokenId) external view returns (bool);

    // ERC-6372, ERC-5805
    /// @notice The current block number. Gas (estimate): 4164.
    function clock() external view returns (uint48);
    /// @notice "mode=blocknumber&from=default". Gas (estimate): 4164.
    function CLOCK_MODE() external view returns (string memory);
    /// @notice Votes delegated to `account` now. Gas (estimate): 6740 + 2100 if it has checkpoints.
    function getVotes(address account) external view returns (uint256);
    /// @notice Votes delegated to `account` at the end of block `timepoint` (< clock(), else
    /// ERC5805FutureLookup). Binary search: Gas (estimate) 6756 + 2100 per probe.
    function getPastVotes(address account, uint256 timepoint) external view returns (uint256);
    /// @notice Cards in existence at the end of block `timepoint` (< clock()). Gas: as getPastVotes.
    function getPastTotalSupply(uint256 timepoint) external view returns (uint256);
    /// @notice Gas (estimate): 6740.
    function delegates(address account) external view returns (address);
    /// @notice Delegates all the caller's votes (now and for cards received later) to `delegatee`.
    /// Gas (estimate): 70000 when votes move.
    function delegate(address delegatee) external;

    // Coterie brand functions
    /// @notice The brand that created the collection. Gas (estimate): 4164.
    function owner() external view returns (address);
    /// @notice Whether cards are locked (ERC-5192). Gas (estimate): 4164.
    function soulbound() external view returns (bool);
    /// @notice The tier of `tokenId` (0 unless set). Gas (estimate): 8740.
    function tierOf(uint256 tokenId) external view returns (uint8);
    /// @notice Brand only (creator, still holding BRAND_ROLE): mints the next id to `to` with
    /// `tier`; emits Transfer, Locked (soulbound), DelegateChanged (first card), DelegateVotesChanged.
    /// Gas (estimate): 250000 for a holder's first card.
    function mint(address to, uint8 tier) external returns (uint256 tokenId);
    /// @notice Brand only: changes a card's tier; emits TierChanged. Gas (estimate): 32000.
    function setTier(uint256 tokenId, uint8 tier) external;
    /// @notice Brand only: changes the base URI of every tokenURI. Gas (estimate): 11000 + 20000 per new slot.
    function setBaseURI(string calldata baseURI) external;
    /// @notice Brand only: mints one card of `tier` to each address of `to`, in list order, skipping
    /// addresses that already hold a card of this collection (so repeats get one). At most 50
    /// addresses (AirdropTooLarge); the zero address reverts ERC721InvalidReceiver. Returns the
    /// number minted. Gas (estimate): 250000 per card minted.
    function airdrop(address[] calldata to, uint8 tier) external returns (uint256 minted);
    /// @notice Brand only: airdrops to the owner of every card of collection `sourceCollection`, in
    /// its token index order, skipping holders who already hold a card here. Reverts
    /// AirdropTooLarge when the source has more than 50 cards (use the ranged form).
    function airdropToHolders(uint256 sourceCollection, uint8 tier) external returns (uint256 minted);
    /// @notice As above, for source token indexes [fromIndex, fromIndex + count) (clamped to its
    /// supply; at most 50).
    function airdropToHolders(uint256 sourceCollection, uint8 tier, uint256 fromIndex, uint256 count) external returns (uint256 minted);

    // Token-gated drops
    /// @notice Brand only: a drop of `supply` items that card holders may buy from
    /// `memberOpensAt` and everyone from `publicOpensAt` (unix seconds, block time). Returns the
    /// drop id (0, 1, ...). Gas (estimate): 70000.
    function createDrop(uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply) external returns (uint256 dropId);
    /// @notice Drops created so far. Gas (estimate): 6164.
    function dropCount() external view returns (uint256);
    /// @notice A drop's terms and items sold. Reverts UnknownDrop. Gas (estimate): 14564.
    function dropInfo(uint256 dropId) external view returns (uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply, uint256 sold);
    /// @notice Whether `buyer` may buy now: the drop is open for it (memberOpensAt if it holds a
    /// card now, else publicOpensAt), not sold out, and it has not bought yet. Reverts UnknownDrop.
    function canBuy(uint256 dropId, address buyer) external view returns (bool);
    /// @notice `buyer`'s serial number in the drop, 0 if it has not bought. Reverts UnknownDrop.
    function purchaseOf(uint256 dropId, address buyer) external view returns (uint256 serial);
    /// @notice Buys one item: records the caller's serial (a receipt; payment and delivery are
    /// off-chain or a loyalty redemption, no native coin moves) and emits DropPurchased.
    /// Reverts DropNotOpen, DropSoldOut or AlreadyPurchased. Gas (estimate): 60000.
    function buy(uint256 dropId) external returns (uint256 serial);
}
