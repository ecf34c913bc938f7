package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.chain.TxLocation;
import io.coterie.node.types.Block;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.Optional;

/** A transaction found in a stored block, with the block and its position. */
record MinedTransaction(Block block, Hash blockHash, int index) {

  Transaction transaction() {
    return block.transactions().get(index);
  }

  static Optional<MinedTransaction> find(ChainReader chain, Hash txHash) {
    Optional<TxLocation> location = chain.transactionLocation(txHash);
    if (location.isEmpty()) {
      return Optional.empty();
    }
    Hash blockHash = location.get().blockHash();
    int index = location.get().index();
    return chain
        .blockByHash(blockHash)
        .filter(block -> index < block.transactions().size())
        .map(block -> new MinedTransaction(block, blockHash, index));
  }

  static Optional<MinedTransaction> at(ChainReader chain, Block block, long index) {
    if (index < 0 || index >= block.transactions().size()) {
      return Optional.empty();
    }
    return Optional.of(new MinedTransaction(block, chain.hash(block.header()), (int) index));
  }
}
