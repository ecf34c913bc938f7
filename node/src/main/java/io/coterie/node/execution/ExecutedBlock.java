package io.coterie.node.execution;

import io.coterie.node.state.WorldState;
import io.coterie.node.types.Block;
import io.coterie.node.types.Receipt;
import java.util.List;

/**
 * A block with its receipts and its post-state. {@code nodes} are the trie nodes that state added:
 * the importer writes them in the block's batch. Use {@code state} only once the block is imported.
 */
public record ExecutedBlock(
    Block block, List<Receipt> receipts, WorldState state, BufferedNodes nodes) {
  public ExecutedBlock {
    receipts = List.copyOf(receipts);
  }
}
