package io.coterie.node.storage;

import io.coterie.node.trie.NodeSink;
import io.coterie.node.trie.TrieNodeSource;
import io.coterie.node.types.Hash;
import java.util.Optional;

/**
 * Trie nodes by hash in column {@link Column#TRIE}: key = the node's 32-byte keccak256, value = its
 * RLP encoding. Nodes are never deleted: auditors prove against any past root, so the store keeps
 * the full history.
 */
public final class TrieNodeStore implements TrieNodeSource {
  private final KeyValueStore store;

  public TrieNodeStore(KeyValueStore store) {
    this.store = store;
  }

  @Override
  public Optional<byte[]> load(Hash hash) {
    return store.get(Column.TRIE, hash.toArray());
  }

  /**
   * A sink that adds committed trie nodes to {@code batch}. The trie treats emitted nodes as
   * stored, so the batch must be committed before the trie's new root is built upon.
   */
  public NodeSink sink(WriteBatch batch) {
    return (hash, encoded) -> batch.put(Column.TRIE, hash.toArray(), encoded);
  }
}
