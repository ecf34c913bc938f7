package io.coterie.node.trie;

import io.coterie.node.types.Hash;
import java.util.Optional;

/** Where a trie finds the encoded nodes it references by hash. */
@FunctionalInterface
public interface TrieNodeSource {
  /** A source with no nodes: for tries built in memory from the empty root. */
  TrieNodeSource NONE = hash -> Optional.empty();

  /** The RLP encoding of the node whose keccak256 is {@code hash}; empty when not stored. */
  Optional<byte[]> load(Hash hash);
}
