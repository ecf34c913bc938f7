package io.coterie.node.chain;

import io.coterie.node.state.WorldState;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the canonical chain, safe from any thread. Full history is kept, so every block,
 * receipt and state root since genesis stays readable.
 */
public interface ChainReader {
  long chainId();

  /** The newest committed block's header. */
  BlockHeader head();

  /** The block hash by this chain's rule (QBFT leaves round and seals out of it). */
  Hash hash(BlockHeader header);

  /** Empty: no canonical block at that height (yet). */
  Optional<BlockHeader> headerByNumber(long number);

  Optional<BlockHeader> headerByHash(Hash blockHash);

  Optional<Block> blockByNumber(long number);

  Optional<Block> blockByHash(Hash blockHash);

  /** The receipts of a stored block in transaction order; empty when the block is unknown. */
  Optional<List<Receipt>> receipts(Hash blockHash);

  /** Empty: unknown, or still pending in the pool. */
  Optional<TxLocation> transactionLocation(Hash txHash);

  /** The world state after the given block, for reads and proofs. */
  WorldState stateAt(BlockHeader header);
}
