package io.coterie.node.consensus.qbft.port;

import io.coterie.node.types.BlockHeader;
import java.util.Optional;

/** Read access to the canonical chain the validator builds on. */
public interface QbftChain {
  /** The current canonical head. */
  BlockHeader head();

  /** The canonical header at {@code number}; empty above the head. */
  Optional<BlockHeader> header(long number);
}
