// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie identity registry: ERC-1056 EthereumDIDRegistry for did:ethr
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001007. The same
/// functions, selectors, events and storage as the uPort / ethr-did reference contract
/// (ethr-did-registry, EthereumDIDRegistry.sol, v1.x), so the unmodified npm ethr-did-resolver
/// resolves did:ethr:<chainId hex>:<address> against this chain (on the devnet did:ethr:0x539:…,
/// configured with { name: "0x539", chainId: 1337, rpcUrl, registry: "0x…1007" }) and ethr-did
/// manages it.
///
/// An identity is an address. It is owned by itself until its owner hands it on (changeOwner);
/// the owner adds delegates of a type (bytes32, e.g. "veriKey" or "sigAuth", right-padded) valid
/// until block.timestamp + validity, revokes them (valid until now, so no longer), and publishes
/// attributes (e.g. "did/pub/Secp256k1/veriKey/hex" keys or "did/svc/…" service endpoints), which
/// live only in events. Every change logs previousChange, the block of the identity's change before
/// it, and sets changed[identity] to this block, so a resolver reads the whole history from
/// changed(identity) and eth_getLogs alone. Time is the block's timestamp, so every node agrees.
///
/// Who may call: any account that may send transactions (account permissioning: every role,
/// members with MEMBER_ROLE included) manages the identities it owns. The …Signed variants let a
/// relayer (a shop, say) send a change the owner signed off-chain: the owner signs, with no
/// Ethereum message prefix, keccak256(abi.encodePacked(bytes1(0x19), bytes1(0), address(this),
/// nonce[identityOwner(identity)], identity, "<function name>", <the change's arguments>)) and the
/// signer's nonce then goes up by one, so each signature works once (ethr-did's
/// create…Hash functions compute exactly this hash).
///
/// Reverts, kept word for word from the reference contract because did:ethr clients match on them:
///   Error("bad_actor"): the sender is not identityOwner(identity). Send the change from the
///     owner's account, or have the owner sign it and use the …Signed variant.
///   Error("bad_signature"): the signature does not recover to identityOwner(identity). Sign the
///     hash above with the current owner's key over its current nonce(owner); a signature is
///     spent once it has been used. One deliberate difference: a signature that recovers to no
///     address is refused even for the zero identity, where the reference would accept it.
///   Panic(0x11): block.timestamp + validity overflows uint256 (Solidity 0.8's checked add); pass
///     a smaller validity.
/// @dev Storage layout of account 0x…1007, the reference contract's:
///   slot 0: mapping(address => address) owners                   owners[i] at keccak256(pad32(i) . 0)
///   slot 1: mapping(address => mapping(bytes32 => mapping(address => uint))) delegates
///           delegates[i][keccak256(abi.encode(delegateType))][d]
///           at keccak256(pad32(d) . keccak256(h . keccak256(pad32(i) . 1)))   (validTo)
///   slot 2: mapping(address => uint) changed                     changed[i] at keccak256(pad32(i) . 2)
///   slot 3: mapping(address => uint) nonce                       nonce[s] at keccak256(pad32(s) . 3)
/// Gas (deterministic; measured by DidRegistryGasTest; the transaction adds its intrinsic 21000 +
/// calldata): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read, 20000 per
/// write of a zero slot, 5000 per write changing a non-zero slot, 100 per unchanged write, 375 +
/// 375 per topic + 8 per data byte per event, and 3000 per signature check (ecrecover). Each
/// change reads the owner and changed[identity] and writes changed[identity] (20000 on the
/// identity's first change, 5000 in a later block, 100 again in the same block). ethr-did sends
/// with gasLimit 123456 unless told otherwise, which every change below fits with short values.
interface IEthereumDIDRegistry {
    /// @notice `identity` is now owned by `owner` (address(0): deactivated, for resolvers).
    event DIDOwnerChanged(address indexed identity, address owner, uint previousChange);

    /// @notice `delegate` is a `delegateType` delegate of `identity` until `validTo` (a block
    /// timestamp; validTo <= now means revoked).
    event DIDDelegateChanged(address indexed identity, bytes32 delegateType, address delegate, uint validTo, uint previousChange);

    /// @notice `identity` published attribute `name` = `value` until `validTo` (0: revoked).
    event DIDAttributeChanged(address indexed identity, bytes32 name, bytes value, uint validTo, uint previousChange);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice The owner stored for `identity`; address(0) until its first owner change (use
    /// identityOwner). Gas: 4676.
    function owners(address identity) external view returns (address);

    /// @notice The validTo timestamp stored for `delegate`, keyed by
    /// keccak256(abi.encode(delegateType)) as the reference stores it (use validDelegate). Gas: 5700.
    function delegates(address identity, bytes32 delegateTypeHash, address delegate) external view returns (uint);

    /// @notice The block of `identity`'s last change; 0 when it never changed. Gas: 4676.
    function changed(address identity) external view returns (uint);

    /// @notice How many signed changes `signer` has made; the nonce its next signature covers. Gas: 4676.
    function nonce(address signer) external view returns (uint);

    /// @notice The owner of `identity`: the stored owner, or `identity` itself. Gas: 4676.
    function identityOwner(address identity) external view returns (address);

    /// @notice Whether `delegate` is a `delegateType` delegate of `identity` at the block's time
    /// (validTo > block.timestamp). Gas: 5700.
    function validDelegate(address identity, bytes32 delegateType, address delegate) external view returns (bool);

    /// @notice Hands `identity` to `newOwner`; sender must be identityOwner(identity). Emits
    /// DIDOwnerChanged. Gas: 29025 when the identity changed before in this block, 48925 on its
    /// first change (33925 in a later block); 5188 when refused with bad_actor.
    function changeOwner(address identity, address newOwner) external;

    /// @notice changeOwner signed by the owner ("changeOwner", newOwner), sent by anyone. Gas:
    /// 75561 for a first signed change of a first-time identity; 11824 when refused with bad_signature.
    function changeOwnerSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, address newOwner) external;

    /// @notice Makes `delegate` a `delegateType` delegate of `identity` until block.timestamp +
    /// `validity` seconds; sender must be the owner. Emits DIDDelegateChanged. Gas: 50461 for the
    /// identity's first change, 10661 to renew it in the same block (35461 for a new delegate of
    /// an identity that changed in an earlier block).
    function addDelegate(address identity, bytes32 delegateType, address delegate, uint validity) external;

    /// @notice addDelegate signed by the owner ("addDelegate", delegateType, delegate, validity).
    /// Gas: 77097 for the identity's and signer's first change.
    function addDelegateSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 delegateType, address delegate, uint validity) external;

    /// @notice Ends `delegate`'s validity now; sender must be the owner. Emits DIDDelegateChanged
    /// with validTo = block.timestamp. Gas: 19949 in a later block than the previous change.
    function revokeDelegate(address identity, bytes32 delegateType, address delegate) external;

    /// @notice revokeDelegate signed by the owner ("revokeDelegate", delegateType, delegate).
    /// Gas: 26685 (the signer's second signed change, in the same block as the previous change).
    function revokeDelegateSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 delegateType, address delegate) external;

    /// @notice Publishes attribute `name` = `value` valid until block.timestamp + `validity`;
    /// sender must be the owner. Emits DIDAttributeChanged; nothing but changed[identity] is
    /// stored. Gas: 12097 for a value of up to 32 bytes in the block of the previous change
    /// (+4900 in a later block, +19900 on the identity's first change), +768 per further 32
    /// bytes of value (calldata and event data).
    function setAttribute(address identity, bytes32 name, bytes calldata value, uint validity) external;

    /// @notice setAttribute signed by the owner ("setAttribute", name, value, validity).
    /// Gas: 23733 for a 27-byte value (the signer's third signed change, same block).
    function setAttributeSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 name, bytes calldata value, uint validity) external;

    /// @notice Revokes attribute `name` = `value`; sender must be the owner. Emits
    /// DIDAttributeChanged with validTo 0. Gas: 11585 for a 27-byte value, same block.
    function revokeAttribute(address identity, bytes32 name, bytes calldata value) external;

    /// @notice revokeAttribute signed by the owner ("revokeAttribute", name, value).
    /// Gas: 23221 for a 27-byte value (same block as the previous change).
    function revokeAttributeSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 name, bytes calldata value) external;
}
