package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.port.BlockVerdict;
import io.coterie.node.consensus.qbft.port.BlockVerifier;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import java.util.Optional;

/**
 * Re-executes a proposed block on its parent's state and compares every derived header field. The
 * executed result is cached by QBFT hash for the committer; a block this node built or already
 * verified is found in the cache and not executed again. Senders already recovered for the same
 * transactions in the pool are reused rather than recovered again.
 */
public final class ExecutingBlockVerifier implements BlockVerifier {
  private final Blockchain chain;
  private final BlockExecutor executor;
  private final ExecutedBlockCache cache;
  private final TransactionPool pool;

  public ExecutingBlockVerifier(
      Blockchain chain, BlockExecutor executor, ExecutedBlockCache cache, TransactionPool pool) {
    this.chain = chain;
    this.executor = executor;
    this.cache = cache;
    this.pool = pool;
  }

  @Override
  public BlockVerdict verify(Block block) {
    if (cache.get(block).isPresent()) {
      return BlockVerdict.valid();
    }
    io.coterie.node.execution.BlockVerdict verdict = execute(block);
    if (verdict instanceof io.coterie.node.execution.BlockVerdict.Invalid invalid) {
      return BlockVerdict.invalid(invalid.reason());
    }
    return BlockVerdict.valid();
  }

  /** The block executed on its canonical parent: from the cache, or re-executed and cached. */
  public io.coterie.node.execution.BlockVerdict execute(Block block) {
    Optional<ExecutedBlock> cached = cache.get(block);
    if (cached.isPresent()) {
      return new io.coterie.node.execution.BlockVerdict.Valid(cached.get());
    }
    BlockHeader header = block.header();
    Optional<BlockHeader> parent = chain.headerByNumber(header.number() - 1);
    if (parent.isEmpty() || !chain.hash(parent.get()).equals(header.parentHash())) {
      return new io.coterie.node.execution.BlockVerdict.Invalid(
          "parent "
              + header.parentHash()
              + " of block "
              + header.number()
              + " is not on this node's canonical chain");
    }
    pool.reuseKnownSenders(block.transactions());
    io.coterie.node.execution.BlockVerdict verdict =
        executor.verify(block, parent.get(), header.parentHash(), chain.stateAt(parent.get()));
    if (verdict instanceof io.coterie.node.execution.BlockVerdict.Valid valid) {
      cache.put(valid.executed());
    }
    return verdict;
  }
}
