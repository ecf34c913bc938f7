package io.coterie.node.execution;

import io.coterie.node.trie.NodeSink;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;

/**
 * Trie nodes a block's state commit produced, held until the block is imported so that they land in
 * the same write batch as the block itself.
 */
public final class BufferedNodes implements NodeSink {
  private final List<Hash> hashes = new ArrayList<>();
  private final List<byte[]> encodings = new ArrayList<>();

  @Override
  public void put(Hash hash, byte[] encoded) {
    hashes.add(hash);
    encodings.add(encoded);
  }

  public void writeTo(NodeSink sink) {
    for (int i = 0; i < hashes.size(); i++) {
      sink.put(hashes.get(i), encodings.get(i));
    }
  }

  public int size() {
    return hashes.size();
  }
}
