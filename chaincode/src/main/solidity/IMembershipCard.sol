// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie membership card collection (one per address 0x…3000 + id)
/// @notice ERC-721 with metadata and enumeration, ERC-165, ERC-5192 (soulbound collections lock
/// every card), ERC-5805/ERC-6372 votes (one card = one vote, block-number clock) and the brand's
/// functions: mint with a tier, tiers, deterministic airdrops, burns and reissues, and token-gated
/// drops paid in loyalty points. A call to an address in the range whose collection was not
/// created reverts UnknownCollection(id).
/// Ownership is OpenZeppelin Ownable2Step (owner, pendingOwner, transferOwnership,
/// acceptOwnership): a brand can hand its collection to the DAO governor (0x…1003), which then
/// mints, burns and runs drops through executed proposals. "Owner only" below means: the owner,
/// holding BRAND_ROLE, or the governor when it is the owner.
/// Member collections (created with createMemberCollection on 0x…1002, memberBound() true) are
/// soulbound and hold one card per MEMBER_ROLE holder: minting to a non-member reverts NotAMember,
/// to a holder AlreadyHoldsCard. Revoking (or renouncing) MEMBER_ROLE on 0x…1000 burns the
/// account's card in every member collection in that same call, so its vote and its share of the
/// quorum base (getPastTotalSupply) are gone from that block on; proposals whose snapshot is
/// earlier keep the votes they had, as ERC-5805 snapshots do.
/// Coterie has no EVM, so no receiver contract can exist: both safeTransferFrom behave exactly as
/// transferFrom and never call onERC721Received.
/// Voting: every account that receives its first card while it has no delegatee and never called
/// delegate() becomes its own delegatee (DelegateChanged(account, 0, account)), so members vote
/// without an extra transaction. delegate(address(0)) stops that for good. delegateBySig takes OZ
/// Votes' EIP-712 Delegation(address delegatee,uint256 nonce,uint256 expiry) in the domain
/// (name: the collection's name, version "1", chainId, verifyingContract: the collection).
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
///   slot 13: address owner          slot 14: bool soulbound          slot 15: string baseURI
///   slot 16: uint256 lastTokenId (ids are 1, 2, 3, ...)
///   slot 17: mapping(uint256 => uint8) tier
///   slot 18: mapping(address => bool) delegationChosen (set by delegate())
///   slot 19: uint256 dropCount
///   slot 20: mapping(uint256 => Drop) drops, base D = keccak256(pad32(dropId) . 20):
///            D: memberOpensAt | publicOpensAt << 64 (two uint64); D+1: supply; D+2: sales
///            (serials handed out); D+3: itemCollection; D+4: programId; D+5: price;
///            D+6: payee; D+7: refunded
///   slot 21: mapping(uint256 dropId => mapping(address => uint256 serial)) purchases
///   slot 22: address pendingOwner   slot 23: mapping(address => uint256) nonces
///   slot 24: bool memberBound
///   slot 25: mapping(uint256 dropId => mapping(address => uint256 itemTokenId)) items
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte + 2100 for the collection
/// check, plus 2100 per storage read, 20000 per write of a zero slot, 5000 per write changing a
/// non-zero slot (incl. clearing), 100 per unchanged write, and 375 + 375 per topic + 8 per data
/// byte per event, 700 per nested call (a drop's payment on the program token, plus the token's
/// own gas) and 3000 per signature check. Figures below are estimates from that schedule unless
/// marked "pinned" (then a gas test holds them).
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
    event DropCreated(uint256 indexed dropId, uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply,
        uint256 itemCollection, uint256 programId, uint256 price);
    /// @notice `buyer` paid `price` points and received item token `itemTokenId` of the drop's item
    /// collection, as sale `serial` (1, 2, ...) of drop `dropId`.
    event DropPurchased(uint256 indexed dropId, address indexed buyer, uint256 serial, bool duringMemberWindow,
        uint256 itemTokenId, uint256 price);
    /// @notice The payee returned `price` points to `buyer` and item `itemTokenId` was burned.
    event DropRefunded(uint256 indexed dropId, address indexed buyer, uint256 serial, uint256 itemTokenId, uint256 price);
    /// @notice A lost key's card `oldTokenId` was burned and its tier minted as `newTokenId`.
    event CardReissued(uint256 indexed oldTokenId, uint256 indexed newTokenId, address oldHolder, address newHolder);
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

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
    /// @notice Only `brand`, the collection's owner (holding BRAND_ROLE, or the governor), may do this.
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
    /// @notice createDrop: the price is 0, or program `programId` is missing or non-transferable; `reason` says which.
    error InvalidDropPayment(uint256 programId, uint256 price, string reason);
    /// @notice createDrop: the item collection is missing, this one, a member collection or not yours; `reason` says which.
    error InvalidDropItems(uint256 itemCollection, string reason);
    /// @notice Only the drop's payee (who received the points) refunds.
    error NotDropPayee(address caller, address payee);
    /// @notice `buyer` holds no unrefunded purchase in the drop.
    error NotPurchased(uint256 dropId, address buyer);
    /// @notice A refund burns the item, so `buyer` must still hold it (ask `holder` to return it).
    error ItemNotHeld(uint256 itemTokenId, address buyer, address holder);
    /// @notice Member collections: `account` lacks MEMBER_ROLE; grant it on 0x…1000 first.
    error NotAMember(address account);
    /// @notice Member collections hold one card per member; `holder` holds `tokenId`.
    error AlreadyHoldsCard(address holder, uint256 tokenId);
    /// @notice OZ Ownable: `account` is not the owner (transferOwnership) or pending owner (acceptOwnership).
    error OwnableUnauthorizedAccount(address account);
    /// @notice delegateBySig: the signature expired at `expiry` (unix seconds).
    error VotesExpiredSignature(uint256 expiry);
    /// @notice delegateBySig: the signed nonce is not `account`'s current one (`currentNonce`).
    error InvalidAccountNonce(address account, uint256 currentNonce);
    error ECDSAInvalidSignature();
    error ECDSAInvalidSignatureS(bytes32 s);
    /// @notice From the program token, when a drop's payment or refund fails: approve this collection for the price.
    error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed);
    error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed);
    error TransfersDisabled(uint256 programId);
    error MaxBalanceExceeded(address member, uint256 balance, uint256 amount, uint256 maxBalance);
    error ERC2612ExpiredSignature(uint256 deadline);
    error ERC2612InvalidSigner(address signer, address owner);
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
    /// @notice OZ Votes: delegate() signed by the holder (EIP-712 Delegation), sent by anyone.
    /// Reverts VotesExpiredSignature, ECDSAInvalidSignature(S), InvalidAccountNonce.
    /// Gas (pinned): 95585 for a holder of one card moving its vote.
    function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) external;
    /// @notice The next delegateBySig nonce of `owner`. Gas (pinned): 6776.
    function nonces(address owner) external view returns (uint256);
    /// @notice ERC-5267: the EIP-712 domain of delegateBySig. Gas (estimate): 11000.
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version,
        uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);

    // Coterie brand functions
    /// @notice The owner: its creator until an ownership transfer was accepted. Gas (pinned): 6264.
    function owner() external view returns (address);
    /// @notice Ownable2Step: the address that may acceptOwnership (0 if none). Gas (pinned): 6264.
    function pendingOwner() external view returns (address);
    /// @notice Ownable2Step, owner only: names the next owner (0 cancels); emits
    /// OwnershipTransferStarted. Gas (pinned): 32476.
    function transferOwnership(address newOwner) external;
    /// @notice Ownable2Step: the pending owner, holding BRAND_ROLE or being the governor, becomes the
    /// owner (also in the registry's collectionBrand); emits OwnershipTransferred. Reverts
    /// OwnableUnauthorizedAccount. Gas (pinned): 24864 (by the governor).
    function acceptOwnership() external;
    /// @notice Whether this is a member collection (see above). Gas (pinned): 6264.
    function memberBound() external view returns (bool);
    /// @notice Owner or governor: burns card `tokenId` (Transfer to 0); its vote leaves its
    /// delegatee and the total supply from this block. Gas (pinned): 103188.
    function burn(uint256 tokenId) external;
    /// @notice Owner or governor, for a lost key: burns `tokenId` and mints its tier to `newHolder`
    /// (a member not holding a card, in a member collection); emits CardReissued. Returns the new
    /// id. Gas (pinned): 330805.
    function reissue(uint256 tokenId, address newHolder) external returns (uint256 newTokenId);
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

    // Token-gated drops, paid in points, delivered as item tokens
    /// @notice Owner only: a drop of `supply` items that card holders may buy from `memberOpensAt`
    /// and everyone from `publicOpensAt` (unix seconds, block time), each for `price` (> 0) points
    /// of the transferable loyalty program `programId` paid to the caller (the payee), each item an
    /// ERC-721 token minted in `itemCollection` (a collection the caller owns, not this one, not a
    /// member collection). Returns the drop id (0, 1, ...). Reverts InvalidDrop, InvalidDropPayment,
    /// InvalidDropItems. Gas (pinned): 148897.
    function createDrop(uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply, uint256 itemCollection,
        uint256 programId, uint256 price) external returns (uint256 dropId);
    /// @notice Drops created so far. Gas (estimate): 6164.
    function dropCount() external view returns (uint256);
    /// @notice A drop's windows, supply and items sold (refunds excluded). Reverts UnknownDrop. Gas (pinned): 23576.
    function dropInfo(uint256 dropId) external view returns (uint64 memberOpensAt, uint64 publicOpensAt, uint256 supply, uint256 sold);
    /// @notice A drop's item collection, price, payee and refunds. Reverts UnknownDrop. Gas (pinned): 23576.
    function dropTerms(uint256 dropId) external view returns (uint256 itemCollection, uint256 programId, uint256 price,
        address payee, uint256 refunded);
    /// @notice Whether `buyer` may buy now: the drop is open for it (memberOpensAt if it holds a
    /// card now, else publicOpensAt), not sold out, and it has not bought yet (payment is not
    /// checked). Reverts UnknownDrop.
    function canBuy(uint256 dropId, address buyer) external view returns (bool);
    /// @notice `buyer`'s serial number in the drop, 0 if it has not bought (or was refunded). Reverts UnknownDrop.
    function purchaseOf(uint256 dropId, address buyer) external view returns (uint256 serial);
    /// @notice The item token `buyer` received from the drop, 0 if none. Reverts UnknownDrop.
    function itemOf(uint256 dropId, address buyer) external view returns (uint256 itemTokenId);
    /// @notice Buys one item, atomically: the program token's transferFrom(buyer, payee, price) with
    /// this collection as the spender (approve it for the price first), then the item is minted to
    /// the caller; emits DropPurchased. A failed payment reverts with the token's error and mints
    /// nothing. Reverts DropNotOpen, DropSoldOut, AlreadyPurchased. Gas (pinned): 455843 for a
    /// buyer's first item of a new item collection (about 250000 of it is the item's mint).
    function buy(uint256 dropId) external returns (uint256 serial);
    /// @notice As buy, submitting the caller's ERC-2612 permit (spender: this collection, value:
    /// the price) to the program token in the same call, so no approve transaction is needed.
    /// Gas (pinned): 411495 for a drop's second buyer.
    function buyWithPermit(uint256 dropId, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256 serial);
    /// @notice The payee only: returns the price to `buyer` (the token's transferFrom(payee, buyer,
    /// price) with this collection as the spender: approve it for refunds first), burns the item
    /// (`buyer` must still hold it), and puts it back in stock; `buyer` may buy again. Emits
    /// DropRefunded. Reverts NotDropPayee, NotPurchased, ItemNotHeld. Gas (pinned): 214024.
    function refund(uint256 dropId, address buyer) external;
}
