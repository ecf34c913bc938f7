// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie NodeRules precompile: the on-chain node allowlist
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001006. Holders of
/// the Roles precompile's DEFAULT_ADMIN_ROLE (0x…1000) add and remove node keys; a node key is the
/// 64-byte enode id (the secp256k1 public key without its 0x04 prefix), passed as its two halves
/// `x` (bytes 0-31) and `y` (bytes 32-63). A node running with node permissioning admits a peer
/// after the RLPx handshake when its key is on the node's local allowlist OR on this list (read at
/// the node's head block), and disconnects connected peers that a block removes from both. An empty
/// list admits nobody by itself, so a network starts with the local lists and adds keys here.
/// @dev Storage layout of account 0x…1006 (as a Solidity contract with these two variables):
///   slot 0: struct Node { bytes32 x; bytes32 y; } Node[] _nodes
///           length at 0; node i: x at keccak256(pad32(0)) + 2i, y at keccak256(pad32(0)) + 2i + 1
///   slot 1: mapping(bytes32 id => uint256) _positions, id = keccak256(x . y)
///           position[id] at keccak256(id . 1)   (index + 1; 0 = not on the list)
///   Removal moves the last node into the freed index (as OZ EnumerableSet), then pops.
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (the admin check reads one Roles slot), 20000 per write of a zero slot, 5000 per write changing
/// a non-zero slot (incl. clearing), 100 per unchanged write, and 375 + 375 per topic per event.
/// Errors shared by all Coterie precompiles: UnknownSelector, MalformedCalldata, NotPayable,
/// WriteInStaticCall. No function accepts value.
interface INodeRules {
    /// @notice The node key (x, y) was put on the list by admin `sender`.
    event NodeAdded(bytes32 indexed x, bytes32 indexed y, address indexed sender);

    /// @notice The node key (x, y) was taken off the list by admin `sender`.
    event NodeRemoved(bytes32 indexed x, bytes32 indexed y, address indexed sender);

    /// @notice The caller `account` lacks `neededRole` (DEFAULT_ADMIN_ROLE, 0x00) of the Roles
    /// precompile; ask an admin to send the transaction or to grant you the role.
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);

    /// @notice (x, y) is not a secp256k1 public key; pass the 128 hex digits after `enode://`
    /// split in two halves.
    error InvalidNodeKey(bytes32 x, bytes32 y);

    /// @notice The node key is already on the list; nothing to add.
    error NodeAlreadyAllowed(bytes32 x, bytes32 y);

    /// @notice The node key is not on the list; check getNodes() for the keys to remove.
    error NodeNotAllowed(bytes32 x, bytes32 y);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice Puts the node key (x, y) on the list; caller must hold DEFAULT_ADMIN_ROLE. Emits
    /// NodeAdded. Gas: 91263 for the first node, 76263 for later ones.
    function addNode(bytes32 x, bytes32 y) external;

    /// @notice Takes the node key (x, y) off the list; caller must hold DEFAULT_ADMIN_ROLE. Peers
    /// with that key are disconnected when the block is imported, unless a node's local list
    /// names them. Emits NodeRemoved. Gas: 31263 for the last node on the list; 50463 when the
    /// last node moves into the freed index.
    function removeNode(bytes32 x, bytes32 y) external;

    /// @notice Whether the node key (x, y) is on the list. Gas: 5188.
    function isNodeAllowed(bytes32 x, bytes32 y) external view returns (bool);

    /// @notice Number of node keys on the list. Gas: 4164.
    function getNodeCount() external view returns (uint256);

    /// @notice The `index`-th node key (order changes on removal). Reverts Panic(0x32) when
    /// index >= getNodeCount(). Gas: 8876.
    function getNode(uint256 index) external view returns (bytes32 x, bytes32 y);

    /// @notice Every node key as a 64-byte enode id, in getNode order. Gas: 4164 + 4200 per node.
    function getNodes() external view returns (bytes[] memory);
}
