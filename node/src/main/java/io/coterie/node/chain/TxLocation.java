package io.coterie.node.chain;

import io.coterie.node.types.Hash;
import java.util.Objects;

/** Where a mined transaction sits: its block and its index in that block. */
public record TxLocation(Hash blockHash, long blockNumber, int index) {
  public TxLocation {
    Objects.requireNonNull(blockHash, "blockHash");
    if (blockNumber < 0 || index < 0) {
      throw new IllegalArgumentException("block number and index must not be negative");
    }
  }
}
