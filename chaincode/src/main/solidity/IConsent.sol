// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie Consent precompile
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001005. A member
/// (MEMBER_ROLE) grants a merchant (an account holding SHOP_ROLE or BRAND_ROLE: the controller) a
/// consent scoped to one purpose, valid from the grant's block time until `validUntil` (0 = until
/// withdrawn), and may withdraw it at any time (withdrawal needs no role). Fields follow ISO/IEC TS
/// 27560 consent records: purpose and processing are bytes32 codes (e.g. keccak256 of a code in
/// the brand's published purpose list), controller = merchant, validity = [validFrom, validUntil),
/// withdrawal = withdrawnAt, notice = noticeUri. Every grant and withdrawal is an event: the
/// auditors' trail. A loyalty program rewards a consent with the idempotent reference
/// keccak256(abi.encode(keccak256("coterie.consent.reward"), member, merchant, purpose)) after
/// checking hasConsent, so a consent earns at most one reward however often it is re-granted.
/// A member may also grant a consent to a DID they own (an identity of the registry at 0x…1007
/// whose identityOwner is the member, e.g. their own address as did:ethr:0x539:<address>):
/// hasDelegatedConsent then honours it for the identity's valid "veriKey" delegates, so the member
/// decides with ethr-did (addDelegate / revokeDelegate) which shop uses the data, from which block
/// time and until when. A consent to a brand's DID likewise covers the shops the brand lists as
/// its delegates.
/// @dev Storage layout of account 0x…1005:
///   slot 0: mapping(address member => mapping(address merchant => mapping(bytes32 purpose => Consent)))
///           base C = keccak256(purpose . keccak256(pad32(merchant) . keccak256(pad32(member) . 0)))
///           C + 0: bytes32 processing
///           C + 1: uint64 validFrom | uint64 validUntil << 64 | uint64 withdrawnAt << 128
///                  | bool withdrawn << 192 | bool granted << 200
///           C + 2: string noticeUri (Solidity string encoding)
///           C + 3: uint256 version (grants so far)
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (role checks and the DID owner check read one slot each), 20000 per write of a zero slot, 5000 per write changing a
/// non-zero slot, 100 per unchanged write, and 375 + 375 per topic + 8 per data byte per event.
interface IConsent {
    /// @notice `member` granted `merchant` consent for `purpose` (version-th grant).
    event ConsentGranted(address indexed member, address indexed merchant, bytes32 indexed purpose, bytes32 processing, uint64 validFrom, uint64 validUntil, string noticeUri, uint256 version);

    /// @notice `member` withdrew the consent at `withdrawnAt`.
    event ConsentRevoked(address indexed member, address indexed merchant, bytes32 indexed purpose, uint64 withdrawnAt, uint256 version);

    /// @notice The caller lacks MEMBER_ROLE, which granting needs.
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    /// @notice `merchant` holds neither SHOP_ROLE nor BRAND_ROLE and is not a DID the member owns
    /// (identityOwner at 0x…1007); grant to a shop, a brand or your own DID.
    error NotAMerchant(address merchant);
    /// @notice The purpose is bytes32(0).
    error InvalidPurpose();
    /// @notice `validUntil` is not after the block time `now` (pass 0 for no expiry).
    error InvalidValidity(uint64 validUntil, uint64 now);
    /// @notice There is no consent in force to withdraw (never granted, withdrawn or expired).
    error NoActiveConsent(address member, address merchant, bytes32 purpose);
    error UnknownSelector(bytes4 selector);
    error MalformedCalldata();
    error NotPayable(uint256 value);
    error WriteInStaticCall(bytes4 selector);

    /// @notice Grants (or renews, replacing processing, validity and notice) consent; validFrom is
    /// the block time. Gas (estimate): 120000 for a first grant with a short notice URI.
    function grantConsent(address merchant, bytes32 purpose, bytes32 processing, uint64 validUntil, string calldata noticeUri) external;

    /// @notice As above with an empty notice URI.
    function grantConsent(address merchant, bytes32 purpose, bytes32 processing, uint64 validUntil) external;

    /// @notice Withdraws the caller's consent in force; NoActiveConsent if none. Gas (estimate): 22000.
    function revokeConsent(address merchant, bytes32 purpose) external;

    /// @notice Whether the consent is in force at the block time. Gas (estimate): 4164.
    function hasConsent(address member, address merchant, bytes32 purpose) external view returns (bool);

    /// @notice Whether `user` may use `member`'s data for `purpose` under the member's consent to
    /// the DID `identity`: that consent is in force at the block time and `user` is `identity`
    /// itself or a valid "veriKey" delegate of it (validDelegate at 0x…1007, by block time).
    /// Gas: 8312.
    function hasDelegatedConsent(address member, address identity, address user, bytes32 purpose) external view returns (bool);

    /// @notice The record (all zero, version 0 if never granted) and whether it is in force now.
    function consentOf(address member, address merchant, bytes32 purpose) external view returns (bytes32 processing, uint64 validFrom, uint64 validUntil, uint64 withdrawnAt, string memory noticeUri, uint256 version, bool active);
}
