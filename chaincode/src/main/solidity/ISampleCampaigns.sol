// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie sample campaigns: trial samples for card-holding members
/// @notice Built into every Coterie node at 0x000000000000000000000000000000000000100d. A brand or
/// shop (BRAND_ROLE or SHOP_ROLE at the Roles precompile 0x…1000) offers `stock` samples of one
/// product (a bytes32 product id, e.g. keccak256 of its GTIN-14) to members holding a card of a
/// membership collection (0x…3000 + id) with tier `minTier` or higher, one sample per member, in
/// the window [opensAt, closesAt) of block timestamps. A campaign may also require a consent the
/// member granted to the campaign's merchant (its creator) at the Consent precompile (0x…1005) for
/// `consentPurpose`; 0 requires none. Members claim directly (claim) or sign an EIP-712
/// SampleClaim(uint256 campaignId,address member,uint256 nonce,uint256 deadline) under the domain
/// {name: "Coterie Samples", version: "1", chainId, verifyingContract: 0x…100d} that anyone
/// relays (claimBySig). The campaign's shop, which must hold SHOP_ROLE, marks each sample shipped.
/// Transactions execute one after another, also within a block, and each claim counts itself
/// before the next runs: claims never exceed the stock. Every claim records a purchase
/// (buyer, product) in the verified reviews precompile (0x…100e) under a new purchase id, which the
/// member passes to postReview there.
/// @dev Storage layout of account 0x…100d:
///   slot 0: uint256 campaignCount (ids 1, 2, ...)
///   slot 1: mapping(uint256 => Campaign) at C = keccak256(pad32(id) . 1): C+0 merchant, C+1 shop,
///           C+2 productId, C+3 stock, C+4 claimed, C+5 opensAt, C+6 closesAt, C+7 cardCollection,
///           C+8 minTier, C+9 consentPurpose
///   slot 2: mapping(uint256 => mapping(address => Claim)): +0 purchaseId, +1 shipmentRef
///   slot 3: mapping(address => uint256) nonces (claimBySig)
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (reads of the Roles, membership and Consent accounts included), 20000 per write of a zero slot,
/// 5000 per write changing a non-zero slot, 100 per unchanged write, 375 + 375 per topic + 8 per
/// data byte per event, and 3000 per signature recovery. No function accepts value. Measured
/// figures below are precompile gas, without the transaction's intrinsic 21000 and calldata cost.
interface ISampleCampaigns {
    /// @notice `merchant` created campaign `campaignId` for `productId`.
    event CampaignCreated(uint256 indexed campaignId, address indexed merchant, bytes32 indexed productId, address shop, uint256 stock, uint64 opensAt, uint64 closesAt, uint256 cardCollection, uint8 minTier, bytes32 consentPurpose);

    /// @notice `member` claimed a sample, recorded as purchase `purchaseId`; `relayer` sent the
    /// transaction (the member itself for claim); `remaining` samples are left.
    event SampleClaimed(uint256 indexed campaignId, address indexed member, uint256 indexed purchaseId, address relayer, uint256 remaining);

    /// @notice `shop` shipped `member`'s sample under `shipmentRef` (e.g. keccak256 of the
    /// carrier's tracking number).
    event SampleFulfilled(uint256 indexed campaignId, address indexed member, bytes32 indexed shipmentRef, address shop);

    /// @notice `account` holds neither BRAND_ROLE nor SHOP_ROLE; ask an administrator for one.
    error NotCampaignCreator(address account);

    /// @notice The product id is zero; pass the product's id (e.g. keccak256 of its GTIN-14).
    error InvalidProduct(bytes32 productId);

    /// @notice A campaign gives at least one sample; pass a stock above 0.
    error ZeroStock();

    /// @notice The window must close after it opens and after the current block time `now`.
    error InvalidClaimWindow(uint64 opensAt, uint64 closesAt, uint64 now);

    /// @notice No membership collection has id `cardCollection`; create it first.
    error UnknownCardCollection(uint256 cardCollection);

    /// @notice The fulfilling `shop` does not hold SHOP_ROLE; name a shop that does.
    error NotAShop(address shop);

    /// @notice No campaign has id `campaignId` (ids start at 1; see campaignCount).
    error UnknownCampaign(uint256 campaignId);

    /// @notice Claims are taken from `opensAt` until before `closesAt`; the block time is `now`.
    error ClaimWindowClosed(uint256 campaignId, uint64 now, uint64 opensAt, uint64 closesAt);

    /// @notice `member` already claimed this campaign's sample, as purchase `purchaseId`.
    error AlreadyClaimed(uint256 campaignId, address member, uint256 purchaseId);

    /// @notice All `stock` samples are claimed.
    error OutOfStock(uint256 campaignId, uint256 stock);

    /// @notice `member` holds no card of collection `cardCollection`; join first.
    error NoMemberCard(uint256 campaignId, address member, uint256 cardCollection);

    /// @notice `member`'s card has tier `tier`, the campaign needs `minTier` or higher.
    error TierTooLow(uint256 campaignId, address member, uint8 tier, uint8 minTier);

    /// @notice The signed claim expired at `deadline`; sign a new one.
    error ExpiredSignature(uint256 deadline);

    /// @notice The signature recovers to no address; sign again.
    error InvalidSignature();

    /// @notice `s` is in the upper half of the curve order; use a wallet that signs low-s.
    error InvalidSignatureS(bytes32 s);

    /// @notice The claim was signed by `signer`, not by `member` (or for another nonce/campaign).
    error InvalidSigner(address signer, address member);

    /// @notice Only the campaign's `shop` marks its samples shipped, not `account`.
    error NotCampaignShop(uint256 campaignId, address account, address shop);

    /// @notice `member` has not claimed a sample of the campaign.
    error NotClaimed(uint256 campaignId, address member);

    /// @notice `member`'s sample is already marked shipped under `shipmentRef`.
    error AlreadyFulfilled(uint256 campaignId, address member, bytes32 shipmentRef);

    /// @notice Pass a non-zero shipment reference.
    error EmptyShipmentRef();

    /// @notice The campaign needs `member`'s consent to `merchant` for `purpose` (Consent precompile
    /// 0x…1005); the member grants it there, then claims again.
    error ConsentNotGranted(address member, address merchant, bytes32 purpose);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static context (eth_call of a view).
    error WriteInStaticCall(bytes4 selector);

    /// @notice Creates a campaign by the caller (BRAND_ROLE or SHOP_ROLE); returns its id.
    /// @dev Gas: 198327 (10 slots written, roles, collection reads).
    function createCampaign(bytes32 productId, uint256 stock, uint64 opensAt, uint64 closesAt, uint256 cardCollection, uint8 minTier, bytes32 consentPurpose, address shop) external returns (uint256 campaignId);

    /// @notice Claims the caller's sample; returns the purchase id to review it under.
    /// @dev Gas: 162763 for a campaign's first claim with a consent check (the purchase record included).
    function claim(uint256 campaignId) external returns (uint256 purchaseId);

    /// @notice Claims `member`'s sample with the member's EIP-712 SampleClaim signature, sent by
    /// anyone (the member needs no gas); uses the member's nonce.
    /// @dev Gas: 160423 for a later claim with a consent check (a signature recovery, a nonce).
    function claimBySig(uint256 campaignId, address member, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256 purchaseId);

    /// @notice The campaign's shop marks `member`'s sample shipped under `shipmentRef`.
    /// @dev Gas: 53031.
    function markFulfilled(uint256 campaignId, address member, bytes32 shipmentRef) external;

    /// @notice Campaigns created so far (ids 1 to campaignCount).
    /// @dev Gas: 4164.
    function campaignCount() external view returns (uint256);

    /// @notice Campaign `campaignId`; reverts UnknownCampaign for an id never created.
    /// @dev Gas: 25676.
    function campaignOf(uint256 campaignId) external view returns (address merchant, address shop, bytes32 productId, uint256 stock, uint256 claimed, uint64 opensAt, uint64 closesAt, uint256 cardCollection, uint8 minTier, bytes32 consentPurpose);

    /// @notice Samples left to claim.
    /// @dev Gas: 25676.
    function remaining(uint256 campaignId) external view returns (uint256);

    /// @notice `member`'s claim: its purchase id (0: not claimed) and shipment ref (0: not shipped).
    /// @dev Gas: 7288.
    function claimOf(uint256 campaignId, address member) external view returns (uint256 purchaseId, bytes32 shipmentRef);

    /// @notice The nonce `member`'s next SampleClaim signature must carry.
    /// @dev Gas: 4676.
    function nonces(address member) external view returns (uint256);

    /// @notice The EIP-712 domain separator of SampleClaim signatures.
    /// @dev Gas: 2064.
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice ERC-5267: the EIP-712 domain (name "Coterie Samples", version "1").
    /// @dev Gas: 2064.
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
}
