/**
 * QBFT's ports over the rest of the node: building blocks from the pool through execution, sealing
 * them with the validator's key, and committing them through the chain importer. May import {@code
 * chain}, {@code execution} and {@code txpool}.
 */
package io.coterie.node.consensus.qbft.adapter;
