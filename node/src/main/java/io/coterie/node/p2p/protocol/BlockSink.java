package io.coterie.node.p2p.protocol;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.types.Block;

/**
 * Where announced sealed blocks go (sync/import, through an adapter). Called on a network thread:
 * hand the block to the importer's queue and return.
 */
public interface BlockSink {
  /** True when the block is new and plausible (e.g. it extends the head), so it is relayed. */
  boolean offer(Block block, PublicKey from);

  /**
   * A peer has block {@code number} (announced by hash only); fetch it if this node falls behind.
   */
  default void announced(long number, PublicKey from) {}
}
