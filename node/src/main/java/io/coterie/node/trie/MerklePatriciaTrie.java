package io.coterie.node.trie;

import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ethereum's Merkle-Patricia trie over raw byte keys. The trie is a mutable handle on immutable
 * nodes: {@link #copy()} is O(1) and the copies never see each other's changes. Nodes of a trie
 * opened at a stored root load lazily from its {@link TrieNodeSource} and stay decoded for the
 * handle's lifetime. A handle is not thread-safe; copies may be used from different threads.
 */
public final class MerklePatriciaTrie {
  private final TrieNodeSource source;
  private final TrieOperations ops;
  private Node root;
  // The root the source is known to hold: the one opened at, or the last one committed.
  private Hash stored;

  private MerklePatriciaTrie(TrieNodeSource source, Node root, Hash stored) {
    this.source = source;
    this.ops = new TrieOperations(source);
    this.root = root;
    this.stored = stored;
  }

  /** An empty trie held in memory. */
  public static MerklePatriciaTrie empty() {
    return new MerklePatriciaTrie(TrieNodeSource.NONE, Node.Empty.INSTANCE, Hash.EMPTY_TRIE);
  }

  /** The trie whose root hash is {@code root}; its nodes are loaded from {@code source} on use. */
  public static MerklePatriciaTrie open(TrieNodeSource source, Hash root) {
    return new MerklePatriciaTrie(
        source, root.equals(Hash.EMPTY_TRIE) ? Node.Empty.INSTANCE : new Node.HashRef(root), root);
  }

  /**
   * The root of the trie mapping {@code RLP(i)} to {@code values.get(i)}: the transactions root and
   * the receipts root of a block.
   */
  public static Hash orderedRoot(List<byte[]> values) {
    MerklePatriciaTrie trie = empty();
    for (int i = 0; i < values.size(); i++) {
      trie.put(new RlpWriter().writeLong(i).toByteArray(), values.get(i));
    }
    return trie.rootHash();
  }

  public Optional<byte[]> get(byte[] key) {
    byte[] value = ops.get(root, Nibbles.fromKey(key));
    return value == null ? Optional.empty() : Optional.of(value.clone());
  }

  /** Sets {@code key} to {@code value}; an empty value deletes the key, as in Ethereum. */
  public void put(byte[] key, byte[] value) {
    if (value.length == 0) {
      delete(key);
    } else {
      root = ops.put(root, Nibbles.fromKey(key), 0, value.clone());
    }
  }

  public void delete(byte[] key) {
    root = ops.delete(root, Nibbles.fromKey(key), 0);
  }

  public boolean isEmpty() {
    return ops.resolve(root) instanceof Node.Empty;
  }

  public Hash rootHash() {
    return root instanceof Node.Empty ? Hash.EMPTY_TRIE : root.hash();
  }

  /**
   * Emits the nodes created since the last commit (or since opening) and returns the root hash.
   * Nodes already in the source are skipped, so the sink receives only what storage lacks. The root
   * is emitted even when shorter than 32 bytes, so the trie can be opened by its hash.
   */
  public Hash commit(NodeSink sink) {
    Hash hash = rootHash();
    if (hash.equals(stored)) {
      return hash;
    }
    if (root.isInline()) {
      root.persisted = false;
    }
    emit(root, sink, true);
    stored = hash;
    return hash;
  }

  private static void emit(Node node, NodeSink sink, boolean isRoot) {
    if (node.persisted) {
      return;
    }
    if (node instanceof Node.Extension ext) {
      emit(ext.child, sink, false);
    } else if (node instanceof Node.Branch branch) {
      for (Node child : branch.children) {
        emit(child, sink, false);
      }
    }
    if (isRoot || !node.isInline()) {
      sink.put(node.hash(), node.encoding());
    }
    node.persisted = true;
  }

  /**
   * The nodes from the root along {@code key}'s path, as EIP-1186 lists them: the root and every
   * node referenced by hash (embedded nodes are inside their parent). It proves the value, or the
   * key's absence.
   */
  public Proof getProof(byte[] key) {
    List<Node> visited = new ArrayList<>();
    ops.walk(root, Nibbles.fromKey(key), visited);
    List<Bytes> nodes = new ArrayList<>();
    for (int i = 0; i < visited.size(); i++) {
      Node node = visited.get(i);
      if (i == 0 || !node.isInline()) {
        nodes.add(Bytes.of(node.encoding()));
      }
    }
    return new Proof(nodes);
  }

  /** An independent handle on the same contents; O(1). */
  public MerklePatriciaTrie copy() {
    return new MerklePatriciaTrie(source, root, stored);
  }
}
