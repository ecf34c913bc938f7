/**
 * The canonical chain: reading blocks, receipts and state at any height ({@link ChainReader}),
 * importing executed blocks in one atomic write, and telling listeners. Imports {@code types},
 * {@code trie}, {@code storage}, {@code state} and {@code execution}.
 */
package io.coterie.node.chain;
