package io.coterie.node.trie;

import io.coterie.node.types.Bytes;

/** What a proof shows about a key under a root. */
public sealed interface ProofResult {
  /** The key is in the trie with this value. */
  record Present(Bytes value) implements ProofResult {}

  /** The key is not in the trie. */
  record Absent() implements ProofResult {}

  /** The proof does not lead from the root to an answer; the reason says where it breaks. */
  record Invalid(String reason) implements ProofResult {}
}
