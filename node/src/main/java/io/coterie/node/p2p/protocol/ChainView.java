package io.coterie.node.p2p.protocol;

import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Optional;

/** What {@code cot/1} reads from the local chain to greet peers and answer their requests. */
public interface ChainView {
  Hash genesisHash();

  ChainHead head();

  /** Empty: not on the canonical chain. */
  Optional<BlockHeader> headerByNumber(long number);

  /** The transactions of a stored block; empty when the block is unknown. */
  Optional<List<Transaction>> bodyByHash(Hash blockHash);
}
