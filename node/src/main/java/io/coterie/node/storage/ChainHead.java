package io.coterie.node.storage;

import io.coterie.node.types.Hash;

/** The last block committed to the store. */
public record ChainHead(Hash hash, long number) {
  public ChainHead {
    if (number < 0) {
      throw new IllegalArgumentException("block number must not be negative, got " + number);
    }
  }
}
