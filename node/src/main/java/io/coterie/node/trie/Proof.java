package io.coterie.node.trie;

import io.coterie.node.types.Bytes;
import java.util.List;

/** RLP-encoded trie nodes from the root towards one key (EIP-1186 {@code accountProof}). */
public record Proof(List<Bytes> nodes) {
  public Proof {
    nodes = List.copyOf(nodes);
  }
}
