package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Blocks this node built or re-executed for the current heights, by QBFT hash (which ignores round
 * and seals), so the committer imports them without executing them again. Bounded: a few rounds'
 * proposals at most. Thread-safe.
 */
public final class ExecutedBlockCache {
  static final int CAPACITY = 16;

  private final Map<Hash, ExecutedBlock> blocks =
      new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Hash, ExecutedBlock> eldest) {
          return size() > CAPACITY;
        }
      };

  public synchronized void put(ExecutedBlock executed) {
    blocks.put(QbftBlocks.hash(executed.block()), executed);
  }

  /**
   * The executed form of {@code block} with {@code block} itself in it (its round and seals), if
   * this node executed a block of the same QBFT hash.
   */
  public synchronized Optional<ExecutedBlock> get(Block block) {
    ExecutedBlock executed = blocks.get(QbftBlocks.hash(block));
    if (executed == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ExecutedBlock(block, executed.receipts(), executed.state(), executed.nodes()));
  }
}
