package io.coterie.node.sync;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link SyncPeers} over the {@code cot/1} protocol. */
public final class GossipSyncPeers implements SyncPeers {
  private final GossipProtocol gossip;

  public GossipSyncPeers(GossipProtocol gossip) {
    this.gossip = gossip;
  }

  @Override
  public Map<PublicKey, ChainHead> heads() {
    return gossip.peerHeads();
  }

  @Override
  public CompletableFuture<List<BlockHeader>> headers(PublicKey peer, long start, int count) {
    return gossip.requestHeaders(peer, start, count);
  }

  @Override
  public CompletableFuture<List<List<Transaction>>> bodies(PublicKey peer, List<Hash> hashes) {
    return gossip.requestBodies(peer, hashes);
  }

  @Override
  public int maxHeaders() {
    return GossipProtocol.MAX_HEADERS;
  }

  @Override
  public int maxBodies() {
    return GossipProtocol.MAX_BODIES;
  }
}
