/**
 * The NodeRules precompile at {@code 0x…1006}: the on-chain node allowlist. Admins (holders of the
 * Roles precompile's {@code DEFAULT_ADMIN_ROLE}) add and remove secp256k1 node keys (the 64 bytes
 * of an enode id, as {@code x} and {@code y}); nodes with node permissioning on admit a peer whose
 * key is on this list or on their local list. Storage follows {@link
 * io.coterie.chaincode.noderules.NodeRulesLayout}; the node reads it through {@link
 * io.coterie.chaincode.noderules.NodeRulesReader}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role constants and {@code RolesReader}), web3j {@code abi}.
 */
package io.coterie.chaincode.noderules;
