package io.coterie.node.trie;

import io.coterie.node.crypto.Keccak;
import io.coterie.node.rlp.RlpException;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a {@link Proof} against a root hash using only the proof's nodes. Tests use it to check
 * our proofs; an auditor would check them with an independent implementation.
 */
public final class ProofVerifier {
  private ProofVerifier() {}

  public static ProofResult verify(Hash root, byte[] key, Proof proof) {
    if (root.equals(Hash.EMPTY_TRIE)) {
      return new ProofResult.Absent();
    }
    Map<Hash, byte[]> byHash = new HashMap<>();
    for (Bytes node : proof.nodes()) {
      byte[] encoded = node.toArray();
      byHash.put(Hash.keccak(encoded), encoded);
    }
    TrieNodeSource source = hash -> Optional.ofNullable(byHash.get(hash));
    try {
      Optional<byte[]> value = MerklePatriciaTrie.open(source, root).get(key);
      return value
          .<ProofResult>map(v -> new ProofResult.Present(Bytes.of(v)))
          .orElseGet(ProofResult.Absent::new);
    } catch (MissingTrieNodeException e) {
      return new ProofResult.Invalid("the proof lacks a node on the key's path: " + e.getMessage());
    } catch (RlpException e) {
      return new ProofResult.Invalid("a proof node is not a valid trie node: " + e.getMessage());
    }
  }

  /** Verifies a proof from a secure trie, where the path is keccak256 of the key. */
  public static ProofResult verifySecure(Hash root, byte[] key, Proof proof) {
    return verify(root, Keccak.hash(key), proof);
  }
}
