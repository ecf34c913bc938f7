package io.coterie.node.consensus.qbft.port;

import io.coterie.node.types.Block;

/**
 * Checks a proposed block before this validator prepares it: parent known and canonical, number and
 * timestamp in order, gas, and re-execution giving the header's state, transactions and receipts
 * roots. Consensus fields (extraData validators, round, proposer) are checked by the algorithm
 * itself. Must not import or store the block.
 */
public interface BlockVerifier {
  BlockVerdict verify(Block block);
}
