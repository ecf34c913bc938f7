// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie GTIN registry: who may commission lots under a GTIN
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001009. Binds a GS1
/// company prefix (6 to 12 digits) or one GTIN-14 (14 digits, valid GS1 check digit; pad GTIN-8,
/// GTIN-12 and GTIN-13 with leading zeros) to the account - a brand or a farm - that may commission
/// lots under it. The owner of a GTIN is the owner of its exact GTIN-14 binding if there is one,
/// else the owner of the longest bound company prefix it carries: the digits after the GTIN-14's
/// indicator digit, cut to 12, 11, ... 6 digits (GS1 puts the company prefix right after the
/// indicator, so 10614141000019 carries prefix 0614141). A brand thereby lends one GTIN of its
/// prefix to a contract packer with registerGtin, without giving up the prefix. Holders of the
/// Roles precompile's DEFAULT_ADMIN_ROLE (0x…1000) and the DAO governor (0x…1003, through a passed
/// proposal) register and remove bindings; the owner or they move a binding to another account.
/// The Provenance precompile (0x…1004) from version 2 on refuses commissionLot and transform
/// outputs under a GTIN the caller does not own. Genesis may seed bindings
/// (config.coterie.gtinOwners).
/// @dev Storage layout of account 0x…1009 (as a Solidity contract with this one variable):
///   slot 0: mapping(string key => address owner), owner of key at keccak256(bytes(key) . pad32(0))
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (the admin check reads one Roles slot; the governor needs none; gtinOwner reads the exact GTIN,
/// then prefixes of 12 down to 6 digits until one is bound: at most 8 reads), 20000 per write of a
/// zero slot, 5000 per write changing a non-zero slot (incl. clearing), 100 per unchanged write,
/// and 375 + 375 per topic + 8 per data byte per event. No function accepts value.
interface IGtinRegistry {
    /// @notice The binding of `key` (keyHash = keccak256(bytes(key))) moved from `previousOwner`
    /// to `newOwner`, by `sender`: previousOwner is 0 on registration, newOwner 0 on removal.
    event GtinBindingChanged(bytes32 indexed keyHash, address indexed previousOwner, address indexed newOwner, string key, address sender);

    /// @notice `account` is neither a DEFAULT_ADMIN_ROLE holder nor the DAO governor; ask an
    /// administrator to send the transaction, or pass a governance proposal that calls it.
    error NotGtinRegistrar(address account);

    /// @notice `prefix` is not a GS1 company prefix of 6 to 12 digits (GTIN-14s have 14 digits).
    error InvalidCompanyPrefix(string prefix);

    /// @notice `gtin` is not a GTIN-14: 14 digits whose last is the GS1 check digit; pad shorter
    /// GTINs with leading zeros.
    error InvalidGtin(string gtin);

    /// @notice `key` is already bound to `owner`; transferBinding moves it, removeBinding frees it.
    error BindingExists(string key, address owner);

    /// @notice Nothing is bound to `key`; registerPrefix or registerGtin binds it.
    error NoBinding(string key);

    /// @notice `account` may not move `key`, which belongs to `owner`; ask `owner` or an
    /// administrator.
    error NotBindingOwner(string key, address account, address owner);

    /// @notice A binding needs an owner; pass an account, not the zero address.
    error InvalidOwner(address owner);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Binds company prefix `companyPrefix` to `owner`; caller: an administrator or the
    /// governor. BindingExists when it is bound. Emits GtinBindingChanged. Gas: 31211 with a 7-digit prefix.
    function registerPrefix(string calldata companyPrefix, address owner) external;

    /// @notice Binds the single GTIN-14 `gtin` to `owner`, ahead of any prefix it carries; caller:
    /// an administrator or the governor. BindingExists when it is bound. Emits GtinBindingChanged.
    /// Gas: 31211.
    function registerGtin(string calldata gtin, address owner) external;

    /// @notice Moves the binding of `key` (a company prefix or a GTIN-14) to `newOwner`; caller: its
    /// owner, an administrator or the governor. Emits GtinBindingChanged. Gas: 14111 by the owner.
    function transferBinding(string calldata key, address newOwner) external;

    /// @notice Removes the binding of `key`; caller: an administrator or the governor. Lots already
    /// commissioned stay. Emits GtinBindingChanged. Gas: 15699.
    function removeBinding(string calldata key) external;

    /// @notice The owner bound to exactly `key` (a company prefix or a GTIN-14), 0 if none.
    /// Gas: 5700.
    function ownerOf(string calldata key) external view returns (address);

    /// @notice Who owns GTIN-14 `gtin` and by which binding (`key`: the GTIN itself or the longest
    /// bound prefix it carries); (0, "") when no binding covers it. Gas: 5700 for an
    /// exact binding, 18300 for a 7-digit prefix, 20400 when unbound.
    function gtinOwner(string calldata gtin) external view returns (address owner, string memory key);
}
