/**
 * World state: accounts in a secure Merkle-Patricia trie, each with its own secure storage trie,
 * readable at any stored state root ({@link io.coterie.node.state.WorldState}), changed through
 * layered in-memory writes ({@link io.coterie.node.state.WorldStateOverlay}) that commit
 * deterministically, and proven with EIP-1186 proofs. Imports {@code rlp}, {@code crypto}, {@code
 * types} and {@code trie}.
 */
package io.coterie.node.state;
