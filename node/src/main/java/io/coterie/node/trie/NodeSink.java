package io.coterie.node.trie;

import io.coterie.node.types.Hash;

/** Receives the nodes a commit created: the node's hash and its RLP encoding. */
@FunctionalInterface
public interface NodeSink {
  /** Discards nodes: for computing roots that are never stored (transaction and receipt roots). */
  NodeSink DISCARD = (hash, encoded) -> {};

  void put(Hash hash, byte[] encoded);
}
