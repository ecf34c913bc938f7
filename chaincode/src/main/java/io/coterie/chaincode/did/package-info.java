/**
 * The identity registry at {@code 0x…1007}: the ERC-1056 {@code EthereumDIDRegistry} (uPort /
 * ethr-did) as a precompile, so every member has one self-controlled {@code did:ethr} identity
 * usable across brands. An identity (an address) is owned by itself until its owner hands it on;
 * the owner adds and revokes delegates with a validity window (by block time) and publishes
 * attributes (keys, service endpoints) as events. Every change logs the block of the identity's
 * previous change, so resolvers read an identity's history from {@code changed(identity)} and the
 * logs alone. Storage follows {@link io.coterie.chaincode.did.DidRegistryLayout}; other precompiles
 * read it through {@link io.coterie.chaincode.did.DidRegistryReader}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, web3j {@code
 * abi} and {@code crypto}.
 */
package io.coterie.chaincode.did;
