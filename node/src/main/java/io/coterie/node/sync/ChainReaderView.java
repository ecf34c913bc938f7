package io.coterie.node.sync;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.protocol.ChainView;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Optional;

/** The local chain as {@code cot/1} shows it to peers: status, headers and bodies to serve. */
public final class ChainReaderView implements ChainView {
  private final ChainReader chain;
  private final Hash genesisHash;

  public ChainReaderView(ChainReader chain) {
    this.chain = chain;
    this.genesisHash =
        chain.hash(
            chain
                .headerByNumber(0)
                .orElseThrow(() -> new IllegalStateException("the chain has no block 0")));
  }

  @Override
  public Hash genesisHash() {
    return genesisHash;
  }

  @Override
  public ChainHead head() {
    BlockHeader head = chain.head();
    return new ChainHead(head.number(), chain.hash(head));
  }

  @Override
  public Optional<BlockHeader> headerByNumber(long number) {
    return chain.headerByNumber(number);
  }

  @Override
  public Optional<List<Transaction>> bodyByHash(Hash blockHash) {
    return chain.blockByHash(blockHash).map(Block::transactions);
  }
}
