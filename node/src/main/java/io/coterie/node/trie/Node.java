package io.coterie.node.trie;

import io.coterie.node.types.Hash;
import java.util.Arrays;

/**
 * A trie node. Nodes are immutable; each remembers its encoding and hash once computed, so an
 * unchanged subtree is never re-encoded or re-hashed. {@code persisted} marks nodes that are
 * already in the node source (loaded from it, or emitted by a commit), so a commit walks only the
 * new part of the trie.
 */
abstract sealed class Node
    permits Node.Empty, Node.Leaf, Node.Extension, Node.Branch, Node.HashRef {
  // Volatile so that nodes shared between threads (a state read by RPC while the importer builds
  // on it) publish their memoised encoding safely.
  private volatile byte[] encoding;
  private volatile Hash hash;
  volatile boolean persisted;

  final byte[] encoding() {
    byte[] e = encoding;
    if (e == null) {
      e = NodeCodec.encode(this);
      encoding = e;
    }
    return e;
  }

  Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Hash.keccak(encoding());
      hash = h;
    }
    return h;
  }

  /** Nodes whose encoding is shorter than a hash are embedded in their parent, not stored. */
  boolean isInline() {
    return encoding().length < Hash.SIZE;
  }

  final void remember(byte[] encoded, Hash knownHash) {
    this.encoding = encoded;
    this.hash = knownHash;
  }

  static final class Empty extends Node {
    static final Empty INSTANCE = new Empty();

    private Empty() {
      persisted = true;
    }
  }

  static final class Leaf extends Node {
    final byte[] path;
    final byte[] value;

    Leaf(byte[] path, byte[] value) {
      this.path = path;
      this.value = value;
    }
  }

  static final class Extension extends Node {
    final byte[] path;
    final Node child;

    Extension(byte[] path, Node child) {
      this.path = path;
      this.child = child;
    }
  }

  static final class Branch extends Node {
    final Node[] children;
    final byte[] value;

    Branch(Node[] children, byte[] value) {
      this.children = children;
      this.value = value;
    }

    static Branch empty() {
      Node[] children = new Node[16];
      Arrays.fill(children, Empty.INSTANCE);
      return new Branch(children, Nibbles.EMPTY);
    }

    Branch withChild(int nibble, Node child) {
      Node[] copy = children.clone();
      copy[nibble] = child;
      return new Branch(copy, value);
    }

    Branch withValue(byte[] newValue) {
      return new Branch(children, newValue);
    }
  }

  /** A reference to a stored node that has not been loaded yet; loads at most once. */
  static final class HashRef extends Node {
    final Hash target;
    private volatile Node loaded;

    HashRef(Hash target) {
      this.target = target;
      persisted = true;
    }

    @Override
    Hash hash() {
      return target;
    }

    @Override
    boolean isInline() {
      return false;
    }

    Node resolve(TrieNodeSource source) {
      Node node = loaded;
      if (node == null) {
        byte[] encoded =
            source.load(target).orElseThrow(() -> new MissingTrieNodeException(target));
        node = NodeCodec.decodeStored(encoded, target);
        loaded = node;
      }
      return node;
    }
  }
}
