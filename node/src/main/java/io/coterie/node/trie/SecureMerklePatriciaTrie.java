package io.coterie.node.trie;

import io.coterie.node.crypto.Keccak;
import io.coterie.node.types.Hash;
import java.util.Optional;

/**
 * A trie keyed by keccak256 of the key, as Ethereum keeps accounts (keyed by address) and storage
 * (keyed by slot): paths have a fixed length and cannot be chosen to unbalance the trie.
 */
public final class SecureMerklePatriciaTrie {
  private final MerklePatriciaTrie trie;

  private SecureMerklePatriciaTrie(MerklePatriciaTrie trie) {
    this.trie = trie;
  }

  public static SecureMerklePatriciaTrie empty() {
    return new SecureMerklePatriciaTrie(MerklePatriciaTrie.empty());
  }

  public static SecureMerklePatriciaTrie open(TrieNodeSource source, Hash root) {
    return new SecureMerklePatriciaTrie(MerklePatriciaTrie.open(source, root));
  }

  public Optional<byte[]> get(byte[] key) {
    return trie.get(Keccak.hash(key));
  }

  /** Sets {@code key} to {@code value}; an empty value deletes the key. */
  public void put(byte[] key, byte[] value) {
    trie.put(Keccak.hash(key), value);
  }

  public void delete(byte[] key) {
    trie.delete(Keccak.hash(key));
  }

  public boolean isEmpty() {
    return trie.isEmpty();
  }

  public Hash rootHash() {
    return trie.rootHash();
  }

  /** See {@link MerklePatriciaTrie#commit(NodeSink)}. */
  public Hash commit(NodeSink sink) {
    return trie.commit(sink);
  }

  /** The proof for {@code key}; verify it with {@link ProofVerifier#verifySecure}. */
  public Proof getProof(byte[] key) {
    return trie.getProof(Keccak.hash(key));
  }

  public SecureMerklePatriciaTrie copy() {
    return new SecureMerklePatriciaTrie(trie.copy());
  }
}
