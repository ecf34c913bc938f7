package io.coterie.node.trie;

import io.coterie.node.rlp.RlpException;
import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Hash;

/** Maps trie nodes to their RLP encoding and back. */
final class NodeCodec {
  private static final byte[] EMPTY_STRING = {(byte) 0x80};

  private NodeCodec() {}

  static byte[] encode(Node node) {
    if (node instanceof Node.Empty) {
      return EMPTY_STRING;
    }
    RlpWriter out = new RlpWriter().startList();
    if (node instanceof Node.Leaf leaf) {
      out.writeBytes(Nibbles.encodeHexPrefix(leaf.path, true)).writeBytes(leaf.value);
    } else if (node instanceof Node.Extension ext) {
      out.writeBytes(Nibbles.encodeHexPrefix(ext.path, false));
      writeReference(out, ext.child);
    } else if (node instanceof Node.Branch branch) {
      for (Node child : branch.children) {
        writeReference(out, child);
      }
      out.writeBytes(branch.value);
    } else {
      throw new IllegalStateException("a hash reference has no encoding of its own");
    }
    return out.endList().toByteArray();
  }

  private static void writeReference(RlpWriter out, Node child) {
    if (child instanceof Node.Empty) {
      out.writeBytes(Nibbles.EMPTY);
    } else if (child.isInline()) {
      out.writeRaw(child.encoding());
    } else {
      out.writeBytes(child.hash().toArray());
    }
  }

  /** Decodes a node loaded from the source; it and its inline children count as persisted. */
  static Node decodeStored(byte[] encoded, Hash hash) {
    Node node = decode(new RlpReader(encoded), encoded);
    node.remember(encoded, hash);
    return node;
  }

  /** Decodes a node that is not in any source (a proof node, for instance). */
  static Node decode(byte[] encoded) {
    return decode(new RlpReader(encoded), encoded);
  }

  private static Node decode(RlpReader reader, byte[] encoded) {
    RlpReader items = reader.enterList();
    reader.requireEnd("trie node");
    byte[] first = items.readRaw();
    if (!items.hasNext()) {
      throw new RlpException("trie node list has one item; expected 2 or 17");
    }
    Node node;
    RlpReader firstReader = new RlpReader(first);
    if (firstReader.nextIsList()) {
      node = decodeBranch(first, items);
    } else {
      byte[] firstBytes = firstReader.readBytes();
      byte[] second = items.readRaw();
      if (!items.hasNext()) {
        node = decodeShort(firstBytes, second);
      } else {
        node = decodeBranch(first, items, second);
      }
    }
    node.remember(encoded, null);
    node.persisted = true;
    return node;
  }

  private static Node decodeShort(byte[] hexPrefix, byte[] second) {
    byte[] path;
    boolean leaf;
    try {
      leaf = Nibbles.isLeaf(hexPrefix);
      path = Nibbles.decodeHexPrefix(hexPrefix);
    } catch (IllegalArgumentException e) {
      throw new RlpException("trie node path: " + e.getMessage());
    }
    if (leaf) {
      RlpReader value = new RlpReader(second);
      byte[] bytes = value.readBytes();
      value.requireEnd("leaf value");
      return new Node.Leaf(path, bytes);
    }
    return new Node.Extension(path, decodeReference(second));
  }

  private static Node decodeBranch(byte[] first, RlpReader rest, byte[]... already) {
    Node[] children = new Node[16];
    children[0] = decodeReference(first);
    int i = 1;
    for (byte[] raw : already) {
      children[i++] = decodeReference(raw);
    }
    for (; i < 16; i++) {
      children[i] = decodeReference(rest.readRaw());
    }
    byte[] value = rest.readBytes();
    rest.requireEnd("branch node");
    return new Node.Branch(children, value);
  }

  private static Node decodeReference(byte[] raw) {
    RlpReader reader = new RlpReader(raw);
    if (reader.nextIsList()) {
      if (raw.length >= Hash.SIZE) {
        throw new RlpException("an embedded trie node must be shorter than 32 bytes");
      }
      return decode(new RlpReader(raw), raw);
    }
    byte[] bytes = reader.readBytes();
    if (bytes.length == 0) {
      return Node.Empty.INSTANCE;
    }
    if (bytes.length != Hash.SIZE) {
      throw new RlpException(
          "a trie node reference must be empty or 32 bytes, got " + bytes.length);
    }
    return new Node.HashRef(Hash.wrap(bytes));
  }
}
