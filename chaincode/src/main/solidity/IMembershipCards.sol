// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie membership registry precompile
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001002. A brand
/// (BRAND_ROLE holder in the Roles precompile) creates a card collection; collection `id` is then an
/// ERC-721 at address 0x…3000 + id (see IMembershipCard.sol), owned by that brand. Up to 4096
/// collections (0x…3000 to 0x…3fff).
/// @dev Storage layout of account 0x…1002:
///   slot 0: uint256 collectionCount
///   slot 1: mapping(uint256 id => address owner)              keccak256(pad32(id) . 1)
///   slot 2: uint256[] memberCollections (length at 2, id i at keccak256(2) + i)
/// The collection's own records (name, symbol, base URI, brand, soulbound flag) live in the
/// storage of its token address, slots 0, 1, 15, 13 and 14 (see IMembershipCard.sol).
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read,
/// 20000 per write of a zero slot, 5000 per write changing a non-zero slot (incl. clearing),
/// 100 per write of an unchanged value, and 375 + 375 per topic + 8 per data byte per event.
/// Errors shared by all Coterie precompiles: UnknownSelector, MalformedCalldata, NotPayable,
/// WriteInStaticCall. No function accepts value.
interface IMembershipCards {
    /// @notice Collection `id` was created by `brand` at address `token`.
    event CollectionCreated(uint256 indexed id, address indexed brand, address token, string name, string symbol, bool soulbound);

    /// @notice Collection `id` (just created) is a member collection.
    event MemberCollectionCreated(uint256 indexed id);

    /// @notice The caller `account` lacks `neededRole` (BRAND_ROLE).
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);

    /// @notice No collection has this id.
    error UnknownCollection(uint256 id);

    /// @notice All `max` collection addresses are taken.
    error TooManyCollections(uint256 max);

    /// @notice All `max` member collections exist (every MEMBER_ROLE revocation visits each one).
    error TooManyMemberCollections(uint256 max);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Creates a collection owned by the caller (who must hold BRAND_ROLE) and returns its
    /// id (0, 1, 2, ...). `baseURI` + decimal token id is each card's tokenURI ("" if empty).
    /// A `soulbound` collection's cards are locked (ERC-5192) and never transfer.
    /// Gas (estimate): 2100 (role) + 2 reads + 20000 per written slot (count, brand, name, symbol, base URI
    /// chunks, owner, flag) + the event; about 150000 for short strings.
    function createCollection(string calldata name, string calldata symbol, string calldata baseURI, bool soulbound) external returns (uint256 id);

    /// @notice As createCollection, soulbound, and bound to MEMBER_ROLE: cards go only to MEMBER_ROLE
    /// holders, one each, and revoking the role burns the card in the revoking call (so the DAO can
    /// expel a member and the quorum base follows). At most 16 member collections exist
    /// (TooManyMemberCollections). Emits CollectionCreated and MemberCollectionCreated. The
    /// governor counts votes only of a member collection. Gas (pinned): 204045.
    function createMemberCollection(string calldata name, string calldata symbol, string calldata baseURI) external returns (uint256 id);

    /// @notice Ids of the member collections, in creation order. Gas (estimate): 4100 + 2100 each.
    function memberCollections() external view returns (uint256[] memory ids);

    /// @notice Number of collections created. Gas (estimate): 4100.
    function collectionCount() external view returns (uint256);

    /// @notice The ERC-721 address of collection `id` (0x…3000 + id); UnknownCollection if none.
    /// Gas (estimate): 4612.
    function collectionAddress(uint256 id) external view returns (address);

    /// @notice The owner of collection `id` (its creator until an ownership transfer was
    /// accepted); UnknownCollection if none. Gas (estimate): 6712.
    function collectionBrand(uint256 id) external view returns (address);
}
