package io.coterie.node.cli.subcommand;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.trie.MerklePatriciaTrie;
import io.coterie.node.trie.TrieNodeSource;
import io.coterie.node.types.Hash;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Walks a stored Merkle-Patricia trie from its root: every node referenced by hash must be stored
 * and hash to its reference. It rebuilds the trie from the leaves it finds and compares the root,
 * so the root is recomputed from the data, not trusted.
 */
final class TrieWalk {
  private final TrieNodeSource source;
  private final List<String> problems;
  private final String what;
  private final MerklePatriciaTrie rebuilt = MerklePatriciaTrie.empty();
  private long nodes;
  private long leaves;

  private TrieWalk(TrieNodeSource source, List<String> problems, String what) {
    this.source = source;
    this.problems = problems;
    this.what = what;
  }

  /** How much of the trie was visited. */
  record Counts(long nodes, long leaves) {}

  /** Visits every leaf (full key, value); problems go to {@code problems}. */
  static Counts walk(
      TrieNodeSource source,
      Hash root,
      String what,
      List<String> problems,
      BiConsumer<byte[], byte[]> onLeaf) {
    if (root.equals(Hash.EMPTY_TRIE)) {
      return new Counts(0, 0);
    }
    TrieWalk walk = new TrieWalk(source, problems, what);
    int before = problems.size();
    walk.visitStored(root, new ByteArrayOutputStream(), onLeaf);
    if (problems.size() == before && !walk.rebuilt.rootHash().equals(root)) {
      problems.add(
          what
              + " root "
              + root
              + " does not match the root rebuilt from its "
              + walk.leaves
              + " entries: "
              + walk.rebuilt.rootHash());
    }
    return new Counts(walk.nodes, walk.leaves);
  }

  private void visitStored(
      Hash hash, ByteArrayOutputStream path, BiConsumer<byte[], byte[]> onLeaf) {
    Optional<byte[]> encoded = source.load(hash);
    if (encoded.isEmpty()) {
      problems.add(what + " node " + hash + " is missing (path " + hex(path) + ")");
      return;
    }
    if (!Hash.keccak(encoded.get()).equals(hash)) {
      problems.add(what + " node " + hash + " is stored with content of another hash");
      return;
    }
    visit(encoded.get(), path, onLeaf);
  }

  private void visit(
      byte[] encoded, ByteArrayOutputStream path, BiConsumer<byte[], byte[]> onLeaf) {
    nodes++;
    try {
      RlpReader list = new RlpReader(encoded).enterList();
      byte[][] items = new byte[17][];
      int count = 0;
      while (list.hasNext()) {
        if (count == 17) {
          throw new RlpException("a trie node has at most 17 items");
        }
        items[count++] = list.readRaw();
      }
      if (count == 17) {
        for (int i = 0; i < 16; i++) {
          child(items[i], extend(path, new byte[] {(byte) i}), onLeaf);
        }
        byte[] value = new RlpReader(items[16]).readBytes();
        if (value.length > 0) {
          leaf(path, value, onLeaf);
        }
      } else if (count == 2) {
        byte[] prefix = new RlpReader(items[0]).readBytes();
        int flag = (prefix[0] & 0xff) >> 4;
        byte[] nibbles = nibbles(prefix, flag % 2 == 1);
        ByteArrayOutputStream next = extend(path, nibbles);
        if (flag >= 2) {
          leaf(next, new RlpReader(items[1]).readBytes(), onLeaf);
        } else {
          child(items[1], next, onLeaf);
        }
      } else {
        throw new RlpException("a trie node has 2 or 17 items, this one " + count);
      }
    } catch (RlpException | ArrayIndexOutOfBoundsException e) {
      problems.add(what + " node at path " + hex(path) + " does not decode: " + e.getMessage());
    }
  }

  private void child(byte[] raw, ByteArrayOutputStream path, BiConsumer<byte[], byte[]> onLeaf) {
    RlpReader reader = new RlpReader(raw);
    if (reader.nextIsList()) {
      visit(raw, path, onLeaf);
      return;
    }
    byte[] reference = reader.readBytes();
    if (reference.length == Hash.SIZE) {
      visitStored(Hash.wrap(reference), path, onLeaf);
    } else if (reference.length != 0) {
      problems.add(what + " node at path " + hex(path) + " has a malformed child reference");
    }
  }

  private void leaf(ByteArrayOutputStream path, byte[] value, BiConsumer<byte[], byte[]> onLeaf) {
    byte[] nibbles = path.toByteArray();
    if (nibbles.length % 2 != 0) {
      problems.add(what + " leaf at path " + hex(path) + " has an odd-length key");
      return;
    }
    byte[] key = new byte[nibbles.length / 2];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) ((nibbles[2 * i] << 4) | nibbles[2 * i + 1]);
    }
    leaves++;
    rebuilt.put(key, value);
    onLeaf.accept(key, value);
  }

  private static byte[] nibbles(byte[] hexPrefix, boolean odd) {
    int count = (hexPrefix.length - 1) * 2 + (odd ? 1 : 0);
    byte[] out = new byte[count];
    int at = 0;
    if (odd) {
      out[at++] = (byte) (hexPrefix[0] & 0x0f);
    }
    for (int i = 1; i < hexPrefix.length; i++) {
      out[at++] = (byte) ((hexPrefix[i] >> 4) & 0x0f);
      out[at++] = (byte) (hexPrefix[i] & 0x0f);
    }
    return out;
  }

  private static ByteArrayOutputStream extend(ByteArrayOutputStream path, byte[] nibbles) {
    ByteArrayOutputStream next = new ByteArrayOutputStream(path.size() + nibbles.length);
    next.writeBytes(path.toByteArray());
    next.writeBytes(nibbles);
    return next;
  }

  private static String hex(ByteArrayOutputStream path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.toByteArray()) {
      out.append(Character.forDigit(b, 16));
    }
    return out.length() == 0 ? "(root)" : out.toString();
  }
}
