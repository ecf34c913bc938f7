package io.coterie.node.consensus.qbft.port;

import io.coterie.node.types.Block;

/**
 * Imports a block that reached a quorum of commits. The block's extraData carries the committed
 * seals. The committer re-checks and stores it atomically and then reports the new head back to the
 * algorithm as a {@code NewChainHead} event (through its listener), so the algorithm never assumes
 * the import succeeded.
 */
public interface BlockCommitter {
  void commit(Block sealedBlock);
}
