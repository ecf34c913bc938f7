package io.coterie.node.trie;

import io.coterie.node.types.Hash;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Trie nodes in a map, counting writes: a node source and sink for trie tests. */
final class MapNodeStore implements TrieNodeSource, NodeSink {
  final Map<Hash, byte[]> nodes = new HashMap<>();
  int writes;

  @Override
  public Optional<byte[]> load(Hash hash) {
    return Optional.ofNullable(nodes.get(hash));
  }

  @Override
  public void put(Hash hash, byte[] encoded) {
    writes++;
    nodes.put(hash, encoded);
  }
}
