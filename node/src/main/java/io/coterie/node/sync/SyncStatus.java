package io.coterie.node.sync;

/**
 * Progress while catching up, as {@code eth_syncing} reports it: the head when this catch-up began,
 * the current head, and the highest head a peer announced.
 */
public record SyncStatus(long startingBlock, long currentBlock, long highestBlock) {
  public SyncStatus {
    if (startingBlock < 0 || currentBlock < startingBlock || highestBlock < currentBlock) {
      throw new IllegalArgumentException(
          "sync status needs 0 <= starting <= current <= highest, got "
              + startingBlock
              + ", "
              + currentBlock
              + ", "
              + highestBlock);
    }
  }
}
