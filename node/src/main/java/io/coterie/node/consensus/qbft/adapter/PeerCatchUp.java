package io.coterie.node.consensus.qbft.adapter;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small gap filler until the sync component takes over: when a peer's head is ahead, fetch the
 * next headers and bodies from it and hand them to the {@link SealedBlockFollower}, which checks
 * seals and re-executes. One request at a time; {@link #check} is called periodically and on gaps.
 */
public final class PeerCatchUp implements ChainGapListener {
  private static final Logger LOG = LoggerFactory.getLogger(PeerCatchUp.class);
  static final int BATCH = 64;

  private final Blockchain chain;
  private final GossipProtocol gossip;
  private final SealedBlockFollower follower;
  private final AtomicBoolean busy = new AtomicBoolean();

  public PeerCatchUp(Blockchain chain, GossipProtocol gossip, SealedBlockFollower follower) {
    this.chain = chain;
    this.gossip = gossip;
    this.follower = follower;
  }

  @Override
  public void onGap(long fromNumber, long toNumber, PublicKey peer) {
    fetch(peer, fromNumber, toNumber);
  }

  /** Fetches from the peer with the highest announced head, if it is ahead of ours. */
  public void check() {
    try {
      checkPeers();
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again.
      LOG.warn("Catch-up check failed", e);
    }
  }

  private void checkPeers() {
    long head = chain.head().number();
    PublicKey best = null;
    long bestNumber = head;
    for (Map.Entry<PublicKey, ChainHead> entry : gossip.peerHeads().entrySet()) {
      if (entry.getValue().number() > bestNumber) {
        best = entry.getKey();
        bestNumber = entry.getValue().number();
      }
    }
    if (best != null) {
      fetch(best, head + 1, bestNumber);
    }
  }

  private void fetch(PublicKey peer, long fromNumber, long toNumber) {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    int count = (int) Math.min(BATCH, toNumber - fromNumber + 1);
    CompletableFuture<List<BlockHeader>> headers = gossip.requestHeaders(peer, fromNumber, count);
    headers
        .thenCompose(
            list -> {
              List<Hash> hashes = list.stream().map(chain::hash).toList();
              return gossip
                  .requestBodies(peer, hashes)
                  .thenApply(
                      bodies -> {
                        List<Block> blocks = new ArrayList<>();
                        for (int i = 0; i < Math.min(list.size(), bodies.size()); i++) {
                          blocks.add(new Block(list.get(i), bodies.get(i)));
                        }
                        return blocks;
                      });
            })
        .whenComplete(
            (blocks, error) -> {
              busy.set(false);
              if (error != null) {
                LOG.debug(
                    "Catch-up request failed from={} reason={}", fromNumber, error.toString());
              } else if (!blocks.isEmpty()) {
                LOG.info("Catching up from peer from={} blocks={}", fromNumber, blocks.size());
                follower.submit(blocks);
              }
            });
  }
}
