package io.coterie.node.sync;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.consensus.qbft.port.QbftChain;
import io.coterie.node.types.BlockHeader;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local canonical chain extended by downloaded headers whose links and seals are already
 * checked, so the validator-set calculator can derive the validators of the next downloaded height.
 * Used by the sync thread only.
 */
final class DownloadView implements QbftChain {
  private final ChainReader chain;
  private final TreeMap<Long, BlockHeader> verified = new TreeMap<>();

  DownloadView(ChainReader chain) {
    this.chain = chain;
  }

  void add(BlockHeader header) {
    verified.put(header.number(), header);
  }

  void clear() {
    verified.clear();
  }

  @Override
  public BlockHeader head() {
    BlockHeader local = chain.head();
    return verified.isEmpty() || verified.lastKey() <= local.number()
        ? local
        : verified.lastEntry().getValue();
  }

  @Override
  public Optional<BlockHeader> header(long number) {
    if (number <= chain.head().number()) {
      return chain.headerByNumber(number);
    }
    return Optional.ofNullable(verified.get(number));
  }
}
