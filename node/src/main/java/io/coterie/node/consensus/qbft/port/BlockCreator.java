package io.coterie.node.consensus.qbft.port;

import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;

/** Builds the proposer's block for a round, from the pending transactions. */
public interface BlockCreator {
  /**
   * Executes pending transactions on top of {@code parent} and returns the resulting block without
   * commit seals. Its coinbase is the local validator, its extraData is exactly {@code extraData}
   * (validators, vote and round chosen by the algorithm) and its timestamp is {@code
   * timestampSeconds}.
   */
  Block create(BlockHeader parent, long timestampSeconds, QbftExtraData extraData);

  /** Whether the pool holds a transaction for the next block; decides when empty blocks wait. */
  boolean hasPendingTransactions();
}
