/**
 * The {@code web3} namespace: client version and Keccak-256. One class per method.
 *
 * <p>Imports: {@code rpc.json}, {@code rpc.method}, BouncyCastle.
 */
package io.coterie.node.rpc.web3;
