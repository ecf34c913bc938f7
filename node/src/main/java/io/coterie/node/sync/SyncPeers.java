package io.coterie.node.sync;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The peers blocks are downloaded from. Futures complete exceptionally on timeout ({@link
 * java.util.concurrent.TimeoutException}) or when the peer goes away.
 */
public interface SyncPeers {
  /** Each connected peer's announced head. */
  Map<PublicKey, ChainHead> heads();

  /** Up to {@code count} canonical headers from {@code start}; fewer when the peer has fewer. */
  CompletableFuture<List<BlockHeader>> headers(PublicKey peer, long start, int count);

  /** Bodies of the given blocks in order; a peer may return a prefix. */
  CompletableFuture<List<List<Transaction>>> bodies(PublicKey peer, List<Hash> blockHashes);

  /** Most headers one request returns. */
  int maxHeaders();

  /** Most bodies one request returns. */
  int maxBodies();
}
