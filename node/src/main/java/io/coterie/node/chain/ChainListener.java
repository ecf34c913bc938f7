package io.coterie.node.chain;

import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import java.util.List;

/**
 * Told of each block right after it is committed, on the importing thread and in chain order.
 * Implementations return quickly (hand work to their own thread when it is slow).
 */
@FunctionalInterface
public interface ChainListener {
  void onBlockImported(Block block, Hash blockHash, List<Receipt> receipts);
}
