/**
 * Ethereum's Merkle-Patricia trie: nodes, hex-prefix paths, root hashes, incremental commits and
 * proofs (EIP-1186). Nodes are immutable and remember their encoding and hash, so a change
 * re-hashes only the path it touched; nodes of a trie opened at a stored root are loaded lazily
 * through the {@link io.coterie.node.trie.TrieNodeSource} port. Imports {@code rlp}, {@code crypto}
 * and {@code types}.
 */
package io.coterie.node.trie;
