package io.coterie.node.trie;

import io.coterie.node.types.Hash;

/**
 * A node the trie references is not in its source: the database is incomplete or the root belongs
 * to another database.
 */
public final class MissingTrieNodeException extends RuntimeException {
  public MissingTrieNodeException(Hash hash) {
    super(
        "trie node "
            + hash
            + " is not in the database; the data directory is incomplete or the root is from"
            + " another chain (run `coterie db verify`)");
  }
}
