package io.coterie.node.trie;

import java.util.Arrays;
import java.util.List;

/**
 * Get, put and delete over immutable nodes. Each change returns a new root and shares every
 * untouched subtree with the old one; a change that finds nothing to do returns the same node, so
 * callers detect no-ops by identity.
 */
final class TrieOperations {
  private final TrieNodeSource source;

  TrieOperations(TrieNodeSource source) {
    this.source = source;
  }

  Node resolve(Node node) {
    return node instanceof Node.HashRef ref ? ref.resolve(source) : node;
  }

  byte[] get(Node start, byte[] path) {
    Node node = start;
    int at = 0;
    while (true) {
      node = resolve(node);
      if (node instanceof Node.Leaf leaf) {
        return Arrays.equals(leaf.path, 0, leaf.path.length, path, at, path.length)
            ? leaf.value
            : null;
      } else if (node instanceof Node.Extension ext) {
        if (Nibbles.commonPrefix(ext.path, 0, path, at) != ext.path.length) {
          return null;
        }
        at += ext.path.length;
        node = ext.child;
      } else if (node instanceof Node.Branch branch) {
        if (at == path.length) {
          return branch.value.length == 0 ? null : branch.value;
        }
        node = branch.children[path[at++]];
      } else {
        return null;
      }
    }
  }

  /** Appends to {@code visited} every node on the way to {@code path}, resolved. */
  void walk(Node start, byte[] path, List<Node> visited) {
    Node node = start;
    int at = 0;
    while (true) {
      node = resolve(node);
      if (node instanceof Node.Empty) {
        return;
      }
      visited.add(node);
      if (node instanceof Node.Extension ext
          && Nibbles.commonPrefix(ext.path, 0, path, at) == ext.path.length) {
        at += ext.path.length;
        node = ext.child;
      } else if (node instanceof Node.Branch branch && at < path.length) {
        node = branch.children[path[at++]];
      } else {
        return;
      }
    }
  }

  Node put(Node original, byte[] path, int at, byte[] value) {
    Node node = resolve(original);
    if (node instanceof Node.Empty) {
      return new Node.Leaf(Nibbles.slice(path, at), value);
    } else if (node instanceof Node.Leaf leaf) {
      int common = Nibbles.commonPrefix(leaf.path, 0, path, at);
      if (common == leaf.path.length && at + common == path.length) {
        return Arrays.equals(leaf.value, value) ? original : new Node.Leaf(leaf.path, value);
      }
      Node.Branch branch = Node.Branch.empty();
      branch = placeLeaf(branch, leaf.path, common, leaf.value);
      branch = placeLeaf(branch, path, at + common, value);
      return common == 0 ? branch : new Node.Extension(Nibbles.slice(leaf.path, 0, common), branch);
    } else if (node instanceof Node.Extension ext) {
      int common = Nibbles.commonPrefix(ext.path, 0, path, at);
      if (common == ext.path.length) {
        Node child = put(ext.child, path, at + common, value);
        return child == ext.child ? original : new Node.Extension(ext.path, child);
      }
      Node.Branch branch = Node.Branch.empty();
      Node rest =
          common + 1 == ext.path.length
              ? ext.child
              : new Node.Extension(Nibbles.slice(ext.path, common + 1), ext.child);
      branch = branch.withChild(ext.path[common], rest);
      branch = placeLeaf(branch, path, at + common, value);
      return common == 0 ? branch : new Node.Extension(Nibbles.slice(ext.path, 0, common), branch);
    } else if (node instanceof Node.Branch branch) {
      if (at == path.length) {
        return Arrays.equals(branch.value, value) ? original : branch.withValue(value);
      }
      Node old = branch.children[path[at]];
      Node child = put(old, path, at + 1, value);
      return child == old ? original : branch.withChild(path[at], child);
    }
    throw new IllegalStateException("unresolved node");
  }

  private static Node.Branch placeLeaf(Node.Branch branch, byte[] path, int at, byte[] value) {
    if (at == path.length) {
      return branch.withValue(value);
    }
    return branch.withChild(path[at], new Node.Leaf(Nibbles.slice(path, at + 1), value));
  }

  Node delete(Node original, byte[] path, int at) {
    Node node = resolve(original);
    if (node instanceof Node.Empty) {
      return original;
    } else if (node instanceof Node.Leaf leaf) {
      return Arrays.equals(leaf.path, 0, leaf.path.length, path, at, path.length)
          ? Node.Empty.INSTANCE
          : original;
    } else if (node instanceof Node.Extension ext) {
      if (Nibbles.commonPrefix(ext.path, 0, path, at) != ext.path.length) {
        return original;
      }
      Node child = delete(ext.child, path, at + ext.path.length);
      return child == ext.child ? original : joinExtension(ext.path, child);
    } else if (node instanceof Node.Branch branch) {
      if (at == path.length) {
        return branch.value.length == 0 ? original : collapse(branch.withValue(Nibbles.EMPTY));
      }
      Node old = branch.children[path[at]];
      Node child = delete(old, path, at + 1);
      return child == old ? original : collapse(branch.withChild(path[at], child));
    }
    throw new IllegalStateException("unresolved node");
  }

  private Node joinExtension(byte[] prefix, Node child) {
    Node resolved = resolve(child);
    if (resolved instanceof Node.Empty) {
      return resolved;
    } else if (resolved instanceof Node.Leaf leaf) {
      return new Node.Leaf(Nibbles.concat(prefix, leaf.path), leaf.value);
    } else if (resolved instanceof Node.Extension ext) {
      return new Node.Extension(Nibbles.concat(prefix, ext.path), ext.child);
    }
    return new Node.Extension(prefix, child);
  }

  /** A branch left with one child and no value, or only a value, is not canonical: fold it. */
  private Node collapse(Node.Branch branch) {
    int only = -1;
    for (int i = 0; i < 16; i++) {
      if (!(branch.children[i] instanceof Node.Empty)) {
        if (only >= 0) {
          return branch;
        }
        only = i;
      }
    }
    if (only < 0) {
      return branch.value.length == 0
          ? Node.Empty.INSTANCE
          : new Node.Leaf(Nibbles.EMPTY, branch.value);
    }
    if (branch.value.length > 0) {
      return branch;
    }
    return joinExtension(new byte[] {(byte) only}, branch.children[only]);
  }
}
