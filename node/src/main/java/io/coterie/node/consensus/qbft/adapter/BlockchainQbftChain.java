package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.types.BlockHeader;
import java.util.Optional;

/** The QBFT algorithm's view of the node's canonical chain. */
public final class BlockchainQbftChain implements QbftChain {
  private final Blockchain chain;

  public BlockchainQbftChain(Blockchain chain) {
    this.chain = chain;
  }

  @Override
  public BlockHeader head() {
    return chain.head();
  }

  @Override
  public Optional<BlockHeader> header(long number) {
    return chain.headerByNumber(number);
  }
}
