package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.port.BlockCreator;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.BlockTemplate;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;

/**
 * Builds the proposer's block from the pool's executable transactions on the parent's state. The
 * executed result goes into the cache, so verifying and committing the own proposal costs nothing.
 */
public final class PoolBlockCreator implements BlockCreator {
  private final Blockchain chain;
  private final BlockExecutor executor;
  private final TransactionPool pool;
  private final Address coinbase;
  private final ExecutedBlockCache cache;

  public PoolBlockCreator(
      Blockchain chain,
      BlockExecutor executor,
      TransactionPool pool,
      Address coinbase,
      ExecutedBlockCache cache) {
    this.chain = chain;
    this.executor = executor;
    this.pool = pool;
    this.coinbase = coinbase;
    this.cache = cache;
  }

  @Override
  public Block create(BlockHeader parent, long timestampSeconds, QbftExtraData extraData) {
    BlockTemplate template =
        new BlockTemplate(
            timestampSeconds,
            coinbase,
            Bytes.of(QbftExtraDataCodec.encode(extraData)),
            QbftBlockHashing.MIX_HASH);
    ExecutedBlock built =
        executor.build(
            parent,
            chain.hash(parent),
            chain.stateAt(parent),
            template,
            pool.selectForBlock(parent.gasLimit()));
    cache.put(built);
    return built.block();
  }

  @Override
  public boolean hasPendingTransactions() {
    return pool.status().pending() > 0;
  }
}
