/**
 * The DAO governor at {@code 0x…1003}: OpenZeppelin 5 {@code Governor} semantics and ABI (settings,
 * simple counting, votes from a configurable {@link io.coterie.chaincode.dao.VotingPowerSource},
 * quorum fraction, EIP-712 votes by signature, an optional timelock) over the storage layout
 * documented in {@link io.coterie.chaincode.dao.GovernorLayout}. Executed proposals call other
 * precompiles with the governor as sender. Other modules offer voting power through {@link
 * io.coterie.chaincode.dao.VotingPowerSources}; the node reads through {@link
 * io.coterie.chaincode.dao.GovernorReader}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.roles} (role checks and the governor's address), web3j {@code abi} and
 * {@code crypto}.
 */
package io.coterie.chaincode.dao;
