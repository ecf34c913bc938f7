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

  /**
   * This progress with the live head {@code head} as the current block (the synchroniser updates
   * its own figure once per downloaded window); a head past the highest announced raises it.
   */
  public SyncStatus atHead(long head) {
    long current = Math.max(startingBlock, head);
    return new SyncStatus(startingBlock, current, Math.max(highestBlock, current));
  }
}
