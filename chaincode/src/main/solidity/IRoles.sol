// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie Roles precompile
/// @notice Built into every Coterie node at 0x0000000000000000000000000000000000001000. Speaks
/// OpenZeppelin AccessControl + AccessControlEnumerable (v5.1), so OZ tooling, ethers.js and web3j
/// work unchanged. An account holding at least one role may send transactions (account
/// permissioning reads `getAccountRoleCount`'s slot).
/// @dev Storage layout of account 0x…1000 (same as a non-upgradeable OZ AccessControlEnumerable,
/// plus slot 2), so eth_getStorageAt / eth_getProof can verify any role:
///   slot 0: mapping(bytes32 role => RoleData { mapping(address => bool) hasRole; bytes32 adminRole; })
///           hasRole[role][a] at keccak256(pad32(a) . keccak256(role . 0))      (1 = holds)
///           adminRole[role]  at keccak256(role . 0) + 1                          (0 = DEFAULT_ADMIN_ROLE)
///   slot 1: mapping(bytes32 role => EnumerableSet.AddressSet) with S = keccak256(role . 1):
///           length at S; member i at keccak256(S) + i; position[a] at keccak256(pad32(a) . (S + 1))
///           (index + 1; removal moves the last member into the gap, as EnumerableSet does)
///   slot 2: mapping(address => uint256) roleCount: keccak256(pad32(a) . 2)   (number of roles held)
///   slot 3: bool governorExclusive (written only by the genesis, config.coterie.governorExclusive)
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read,
/// 20000 per write of a zero slot, 5000 per write changing a non-zero slot (incl. clearing),
/// 100 per write of an unchanged value, and 375 + 375 per topic + 8 per data byte per event.
/// Figures below are for ordinary ABI calldata.
/// Errors shared by all Coterie precompiles: UnknownSelector, MalformedCalldata, NotPayable,
/// WriteInStaticCall. No function accepts value.
interface IRoles {
    /// @notice `account` was granted `role` by `sender` (emitted only if it did not hold it).
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);

    /// @notice `account` lost `role`; `sender` is the admin, or `account` itself when renouncing.
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    /// @notice The admin role of `role` changed from `previousAdminRole` to `newAdminRole`.
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);

    /// @notice The caller `account` lacks `neededRole` (the admin role of the role it tried to change).
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);

    /// @notice `renounceRole` was called with a confirmation other than the caller's address.
    error AccessControlBadConfirmation();

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static (read-only) context.
    error WriteInStaticCall(bytes4 selector);

    /// @notice 0x00: admin of every role whose admin was not set. Gas: 2064.
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);

    /// @notice keccak256("BRAND_ROLE"). Gas: 2064.
    function BRAND_ROLE() external view returns (bytes32);

    /// @notice keccak256("SHOP_ROLE"). Gas: 2064.
    function SHOP_ROLE() external view returns (bytes32);

    /// @notice keccak256("FARM_ROLE"). Gas: 2064.
    function FARM_ROLE() external view returns (bytes32);

    /// @notice keccak256("AUDITOR_ROLE"): read-only. A block with a transaction from a holder is
    /// invalid. Gas: 2064.
    function AUDITOR_ROLE() external view returns (bytes32);

    /// @notice keccak256("INSPECTOR_ROLE"): certification bodies; attest, declare errors and recall
    /// in provenance (0x…1004). Gas: 2064.
    function INSPECTOR_ROLE() external view returns (bytes32);

    /// @notice keccak256("MEMBER_ROLE"). Gas: 2064.
    function MEMBER_ROLE() external view returns (bytes32);

    /// @notice keccak256("GOVERNANCE_ROLE"): held by the DAO governor (0x…1003) when genesis makes
    /// it the admin of MEMBER_ROLE. Gas: 2064.
    function GOVERNANCE_ROLE() external view returns (bytes32);

    /// @notice keccak256("SPONSOR_ROLE"): shops' or brands' accounts that carry members' passkey
    /// requests to member accounts (0x…1008). Gas: 2064.
    function SPONSOR_ROLE() external view returns (bytes32);

    /// @notice Whether `account` holds `role`. Gas: 5188.
    function hasRole(bytes32 role, address account) external view returns (bool);

    /// @notice The role whose holders may grant and revoke `role`. Gas: 4676.
    function getRoleAdmin(bytes32 role) external view returns (bytes32);

    /// @notice Grants `role` to `account`; caller must hold getRoleAdmin(role) or DEFAULT_ADMIN_ROLE
    /// (operators can onboard where the DAO administers MEMBER_ROLE), else
    /// AccessControlUnauthorizedAccount(caller, adminRole). On a governor-exclusive chain a role
    /// administered by GOVERNANCE_ROLE (MEMBER_ROLE, GOVERNANCE_ROLE) is granted only by its holders,
    /// the DAO governor, i.e. through an executed proposal. No-op (no event) if already held.
    /// Gas: 115463 for a role's first holder who held no role before; 9388 if already held.
    function grantRole(bytes32 role, address account) external;

    /// @notice Revokes `role` from `account`; caller as for grantRole. No-op if not held. Revoking
    /// MEMBER_ROLE also burns `account`'s card in every member collection (IMembershipCards
    /// .createMemberCollection) in this call, so its votes end with this block (161575 in all for
    /// a member holding one card).
    /// Gas: 42563 for a role's only holder; 9388 if not held.
    function revokeRole(bytes32 role, address account) external;

    /// @notice The caller gives up `role`; `callerConfirmation` must be the caller's address,
    /// else AccessControlBadConfirmation(). Renouncing MEMBER_ROLE burns member cards as revokeRole.
    /// Gas: 38363 for a role's only holder.
    function renounceRole(bytes32 role, address callerConfirmation) external;

    /// @notice Coterie extension: makes `adminRole` the admin of `role`; caller must hold
    /// DEFAULT_ADMIN_ROLE (GOVERNANCE_ROLE instead, on a governor-exclusive chain, for a role
    /// administered by GOVERNANCE_ROLE and for GOVERNANCE_ROLE itself). Emits RoleAdminChanged.
    /// Gas: 29163 when first set.
    function setRoleAdmin(bytes32 role, bytes32 adminRole) external;

    /// @notice Whether the genesis made the DAO governor the only admin of MEMBER_ROLE and of loyalty
    /// exchange rates (DEFAULT_ADMIN_ROLE holders cannot bypass a vote). Gas: 4164.
    function governorExclusive() external view returns (bool);

    /// @notice The `index`-th holder of `role` (order changes on removal). Reverts Panic(0x32) when
    /// index >= getRoleMemberCount(role). Gas: 7288.
    function getRoleMember(bytes32 role, uint256 index) external view returns (address);

    /// @notice Number of holders of `role`. Gas: 4676.
    function getRoleMemberCount(bytes32 role) external view returns (uint256);

    /// @notice All holders of `role`, in getRoleMember order (OZ 5.1). Gas: 4676 + 2100 per member.
    function getRoleMembers(bytes32 role) external view returns (address[] memory);

    /// @notice Coterie extension: number of roles `account` holds; > 0 means it may send
    /// transactions. Gas: 4676.
    function getAccountRoleCount(address account) external view returns (uint256);

    /// @notice ERC-165: true for 0x01ffc9a7 (IERC165), 0x7965db0b (IAccessControl) and 0x5a05180f
    /// (IAccessControlEnumerable). Gas: 2576.
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
}
