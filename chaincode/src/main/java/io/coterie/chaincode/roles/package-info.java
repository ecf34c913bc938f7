/**
 * The Roles precompile at {@code 0x…1000}: OpenZeppelin {@code AccessControl} + {@code
 * AccessControlEnumerable} (v5.1) semantics and ABI, with OZ's storage layout (see {@link
 * io.coterie.chaincode.roles.RolesLayout}), plus {@link io.coterie.chaincode.roles.RolesReader} for
 * the node's account permissioning, {@link io.coterie.chaincode.roles.RolesGenesis} for the genesis
 * state (including the governor-exclusive flag that keeps DEFAULT_ADMIN_ROLE holders off roles the
 * DAO administers) and {@link io.coterie.chaincode.roles.RoleRevocationHooks}, through which other
 * modules act inside a revocation.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, web3j {@code
 * abi}.
 */
package io.coterie.chaincode.roles;
