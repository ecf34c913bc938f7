/**
 * The {@code qbft} namespace (Besu's names): validator queries from block headers. One class per
 * method.
 *
 * <p>Imports: {@code rpc.eth} (block params), {@code rpc.json}, {@code rpc.method}, {@code
 * consensus.qbft.extradata}, {@code types}.
 */
package io.coterie.node.rpc.qbft;
