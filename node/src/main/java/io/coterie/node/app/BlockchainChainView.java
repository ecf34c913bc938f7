package io.coterie.node.app;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.protocol.ChainView;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Optional;

/** What {@code cot/1} reads from the chain: genesis, head, canonical headers and bodies. */
final class BlockchainChainView implements ChainView {
  private final Blockchain chain;
  private final Hash genesisHash;

  BlockchainChainView(Blockchain chain) {
    this.chain = chain;
    this.genesisHash = chain.hash(chain.headerByNumber(0).orElseThrow());
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
