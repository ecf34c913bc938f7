package io.coterie.node.p2p.protocol;

import io.coterie.node.crypto.PublicKey;
import io.coterie.node.p2p.rlpx.Capability;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cot/1}: status on connect, transaction gossip ({@link TransactionExchange}; received
 * transactions reach the sink on an intake thread of their own, within a per-peer budget) and
 * new-block gossip with de-duplication (a bounded set of seen hashes, and per peer a bounded set of
 * hashes it is known to have), and headers/bodies requests for sync with request ids, response
 * limits and timeouts. A sealed block goes in full only to peers that {@linkplain #sendFullBlocksTo
 * want it whole} (those that do not take part in consensus); the others, which already have it from
 * QBFT, get its number and hash.
 */
public final class GossipProtocol implements SubProtocol {
  public static final Capability CAPABILITY = new Capability("cot", 1);
  public static final int MAX_HEADERS = 192;
  public static final int MAX_BODIES = 128;
  private static final Logger LOG = LoggerFactory.getLogger(GossipProtocol.class);

  private final ChainView chain;
  private final TransactionExchange transactions;
  private final BlockSink blocks;
  private final Duration requestTimeout;
  private final Map<PublicKey, GossipPeer> peers = new ConcurrentHashMap<>();
  private final Map<Long, Pending<?>> pending = new ConcurrentHashMap<>();
  private final KnownHashes seenBlocks = new KnownHashes(1_024);
  private final AtomicLong nextRequestId = new AtomicLong(1);
  private volatile Predicate<PublicKey> wantsFullBlocks = peer -> true;

  private record Pending<T>(PublicKey peer, int responseCode, CompletableFuture<T> future) {}

  public GossipProtocol(
      ChainView chain, TransactionSink transactions, BlockSink blocks, Duration requestTimeout) {
    this(chain, transactions, blocks, requestTimeout, TransactionBudget.DEFAULTS);
  }

  public GossipProtocol(
      ChainView chain,
      TransactionSink transactions,
      BlockSink blocks,
      Duration requestTimeout,
      TransactionBudget budget) {
    this.chain = chain;
    this.transactions = new TransactionExchange(transactions, peers.values(), budget);
    this.blocks = blocks;
    this.requestTimeout = requestTimeout;
  }

  @Override
  public Capability capability() {
    return CAPABILITY;
  }

  @Override
  public int messageCount() {
    return GossipCodec.MESSAGE_COUNT;
  }

  @Override
  public int maxMessageSize(int code) {
    return switch (code) {
      case GossipCodec.STATUS, GossipCodec.GET_BLOCK_HEADERS, GossipCodec.NEW_BLOCK_HASH -> 1024;
      case GossipCodec.NEW_POOLED_TRANSACTION_HASHES, GossipCodec.GET_POOLED_TRANSACTIONS ->
          TransactionExchange.MAX_HASHES * 33 + 8;
      case GossipCodec.GET_BLOCK_BODIES -> 64 * 1024;
      default -> 16 * 1024 * 1024 - 1;
    };
  }

  @Override
  public void onPeerConnected(PeerLink peer) {
    peers.put(peer.nodeId(), new GossipPeer(peer));
    var status = new GossipCodec.Status(chain.genesisHash(), chain.head());
    peer.send(CAPABILITY, GossipCodec.STATUS, GossipCodec.encodeStatus(status));
  }

  @Override
  public void onPeerDisconnected(PeerLink peer) {
    peers.computeIfPresent(peer.nodeId(), (id, state) -> state.link == peer ? null : state);
    pending
        .values()
        .removeIf(
            p -> {
              if (p.peer().equals(peer.nodeId())) {
                p.future().completeExceptionally(new IllegalStateException("peer disconnected"));
                return true;
              }
              return false;
            });
  }

  @Override
  public void handle(PeerLink peer, int code, byte[] payload) {
    GossipPeer state = peers.get(peer.nodeId());
    if (state == null) {
      return;
    }
    switch (code) {
      case GossipCodec.STATUS -> onStatus(peer, state, GossipCodec.decodeStatus(payload));
      case GossipCodec.TRANSACTIONS -> transactions.onTransactions(state, payload);
      case GossipCodec.NEW_POOLED_TRANSACTION_HASHES -> transactions.onAnnouncement(state, payload);
      case GossipCodec.GET_POOLED_TRANSACTIONS -> transactions.onRequest(state, payload);
      case GossipCodec.NEW_BLOCK -> onNewBlock(peer, state, GossipCodec.decodeBlock(payload));
      case GossipCodec.NEW_BLOCK_HASH ->
          onNewBlockHash(peer, state, GossipCodec.decodeBlockHash(payload));
      case GossipCodec.GET_BLOCK_HEADERS -> answerHeaders(peer, payload);
      case GossipCodec.BLOCK_HEADERS -> {
        GossipCodec.Headers h = GossipCodec.decodeHeaders(payload);
        complete(peer, GossipCodec.BLOCK_HEADERS, h.requestId(), h.headers());
      }
      case GossipCodec.GET_BLOCK_BODIES -> answerBodies(peer, payload);
      case GossipCodec.BLOCK_BODIES -> {
        GossipCodec.Bodies b = GossipCodec.decodeBodies(payload);
        complete(peer, GossipCodec.BLOCK_BODIES, b.requestId(), b.bodies());
      }
      default -> throw new IllegalArgumentException("cot/1 has no message code " + code);
    }
  }

  private void onStatus(PeerLink peer, GossipPeer state, GossipCodec.Status status) {
    if (!status.genesis().equals(chain.genesisHash())) {
      LOG.info("Peer on another chain node={} genesis={}", peer.nodeId(), status.genesis());
      peer.disconnect(DisconnectReason.USELESS_PEER);
      return;
    }
    state.head = status.head();
  }

  private void onNewBlock(PeerLink peer, GossipPeer state, Block block) {
    Hash hash = block.hash();
    state.has(new ChainHead(block.header().number(), hash));
    if (seenBlocks.add(hash) && blocks.offer(block, peer.nodeId())) {
      broadcastBlock(block);
    }
  }

  private void onNewBlockHash(PeerLink peer, GossipPeer state, ChainHead announced) {
    state.has(announced);
    blocks.announced(announced.number(), peer.nodeId());
  }

  /**
   * Which peers get sealed blocks in full; the rest get {@code [number, hash]} and download the
   * block if they turn out not to have it. Validators have every block from consensus, so sending
   * them each block whole from every other validator only costs bandwidth and decoding.
   */
  public void sendFullBlocksTo(Predicate<PublicKey> wantsFullBlocks) {
    this.wantsFullBlocks = wantsFullBlocks;
  }

  /** Received transactions dropped over the {@link TransactionBudget}. */
  public long transactionsDropped() {
    return transactions.intake().dropped();
  }

  /** Received transactions handed to the sink (on the intake thread). */
  public long transactionsHandled() {
    return transactions.intake().handled();
  }

  @Override
  public void close() {
    transactions.close();
  }

  /** Sends full transactions to every peer not known to have them; returns how many peers. */
  public int broadcastTransactions(List<Transaction> txs) {
    return transactions.broadcast(txs);
  }

  /**
   * Announces a sealed block to every peer not known to have it: in full or by hash, as {@link
   * #sendFullBlocksTo} decides.
   */
  public int broadcastBlock(Block block) {
    Hash hash = block.hash();
    seenBlocks.add(hash);
    byte[] full = null;
    byte[] announcement = null;
    int reached = 0;
    for (Map.Entry<PublicKey, GossipPeer> peer : peers.entrySet()) {
      GossipPeer state = peer.getValue();
      if (!state.blocks.add(hash)) {
        continue;
      }
      boolean sent;
      if (wantsFullBlocks.test(peer.getKey())) {
        full = full != null ? full : GossipCodec.encodeBlock(block);
        sent = state.link.send(CAPABILITY, GossipCodec.NEW_BLOCK, full);
      } else {
        announcement =
            announcement != null
                ? announcement
                : GossipCodec.encodeBlockHash(new ChainHead(block.header().number(), hash));
        sent = state.link.send(CAPABILITY, GossipCodec.NEW_BLOCK_HASH, announcement);
      }
      if (sent) {
        reached++;
      }
    }
    return reached;
  }

  /** The heads peers announced (status, then new blocks), for choosing whom to sync from. */
  public Map<PublicKey, ChainHead> peerHeads() {
    Map<PublicKey, ChainHead> heads = new ConcurrentHashMap<>();
    peers.forEach(
        (id, state) -> {
          if (state.head != null) {
            heads.put(id, state.head);
          }
        });
    return heads;
  }

  /** Up to {@code count} (at most {@link #MAX_HEADERS}) canonical headers from {@code start}. */
  public CompletableFuture<List<BlockHeader>> requestHeaders(
      PublicKey peer, long start, int count) {
    long id = nextRequestId.getAndIncrement();
    byte[] payload =
        GossipCodec.encodeHeadersRequest(
            new GossipCodec.HeadersRequest(id, start, Math.min(count, MAX_HEADERS)));
    return request(peer, id, GossipCodec.GET_BLOCK_HEADERS, GossipCodec.BLOCK_HEADERS, payload);
  }

  /** The bodies of the given blocks, in order; the peer may return fewer (unknown ones last). */
  public CompletableFuture<List<List<Transaction>>> requestBodies(
      PublicKey peer, List<Hash> hashes) {
    long id = nextRequestId.getAndIncrement();
    List<Hash> asked = hashes.subList(0, Math.min(hashes.size(), MAX_BODIES));
    byte[] payload =
        GossipCodec.encodeBodiesRequest(new GossipCodec.BodiesRequest(id, List.copyOf(asked)));
    return request(peer, id, GossipCodec.GET_BLOCK_BODIES, GossipCodec.BLOCK_BODIES, payload);
  }

  private <T> CompletableFuture<T> request(
      PublicKey peer, long id, int code, int responseCode, byte[] payload) {
    CompletableFuture<T> future = new CompletableFuture<>();
    GossipPeer state = peers.get(peer);
    if (state == null) {
      future.completeExceptionally(new IllegalStateException("peer is not connected"));
      return future;
    }
    pending.put(id, new Pending<>(peer, responseCode, future));
    future
        .orTimeout(requestTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .whenComplete((r, e) -> pending.remove(id));
    if (!state.link.send(CAPABILITY, code, payload)) {
      future.completeExceptionally(new IllegalStateException("request could not be sent"));
    }
    return future;
  }

  @SuppressWarnings("unchecked")
  private <T> void complete(PeerLink peer, int responseCode, long id, T value) {
    Pending<?> p = pending.get(id);
    // An unsolicited or late response is ignored: the request may have timed out.
    if (p != null && p.peer().equals(peer.nodeId()) && p.responseCode() == responseCode) {
      ((CompletableFuture<T>) p.future()).complete(value);
    }
  }

  private void answerHeaders(PeerLink peer, byte[] payload) {
    GossipCodec.HeadersRequest r = GossipCodec.decodeHeadersRequest(payload);
    List<BlockHeader> headers = new ArrayList<>();
    int count = Math.min(r.count(), MAX_HEADERS);
    for (long n = r.start(); n >= 0 && n < r.start() + count; n++) {
      Optional<BlockHeader> header = chain.headerByNumber(n);
      if (header.isEmpty()) {
        break;
      }
      headers.add(header.get());
    }
    peer.send(
        CAPABILITY,
        GossipCodec.BLOCK_HEADERS,
        GossipCodec.encodeHeaders(new GossipCodec.Headers(r.requestId(), headers)));
  }

  private void answerBodies(PeerLink peer, byte[] payload) {
    GossipCodec.BodiesRequest r = GossipCodec.decodeBodiesRequest(payload);
    List<List<Transaction>> bodies = new ArrayList<>();
    for (Hash hash : r.hashes().subList(0, Math.min(r.hashes().size(), MAX_BODIES))) {
      Optional<List<Transaction>> body = chain.bodyByHash(hash);
      if (body.isEmpty()) {
        break;
      }
      bodies.add(body.get());
    }
    peer.send(
        CAPABILITY,
        GossipCodec.BLOCK_BODIES,
        GossipCodec.encodeBodies(new GossipCodec.Bodies(r.requestId(), bodies)));
  }
}
