/**
 * The {@code qbft} namespace (Besu's names): validators by block, the local validator's pending
 * votes, and signer metrics over a block range. One class per method.
 *
 * <p>Imports: {@code rpc.eth} (block params), {@code rpc.json}, {@code rpc.method}, {@code
 * consensus.qbft.{extradata, vote}}, {@code chain}, {@code types}.
 */
package io.coterie.node.rpc.qbft;
