package io.coterie.node.execution;

import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import java.util.Objects;

/**
 * What the consensus layer decides about a block before execution fills in the rest of its header.
 */
public record BlockTemplate(long timestamp, Address coinbase, Bytes extraData, Hash mixHash) {
  public BlockTemplate {
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must not be negative, got " + timestamp);
    }
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(extraData, "extraData");
    Objects.requireNonNull(mixHash, "mixHash");
  }
}
