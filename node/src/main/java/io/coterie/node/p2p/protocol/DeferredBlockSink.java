package io.coterie.node.p2p.protocol;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.types.Block;

/**
 * A block sink to hand the gossip protocol before its real sink exists: the synchroniser needs the
 * protocol to download, and the protocol hands it announced blocks. Until {@link #connect} it drops
 * what it is given.
 */
public final class DeferredBlockSink implements BlockSink {
  private volatile BlockSink target;

  public void connect(BlockSink target) {
    this.target = target;
  }

  @Override
  public boolean offer(Block block, PublicKey from) {
    BlockSink sink = target;
    return sink != null && sink.offer(block, from);
  }

  @Override
  public void announced(long number, PublicKey from) {
    BlockSink sink = target;
    if (sink != null) {
      sink.announced(number, from);
    }
  }
}
