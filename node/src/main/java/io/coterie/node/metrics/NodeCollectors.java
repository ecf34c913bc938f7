package io.coterie.node.metrics;

import io.coterie.node.chain.Blockchain;
import io.coterie.node.p2p.peer.P2pMetrics;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.sync.BlockSynchronizer;
import io.coterie.node.sync.SyncProblem;
import io.coterie.node.sync.SyncStatus;
import io.coterie.node.txpool.TransactionPool;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/** The chain head, the pool, the peers and the synchroniser as {@code coterie_*} metrics. */
public final class NodeCollectors {
  private NodeCollectors() {}

  public static void registerChain(PrometheusRegistry registry, Blockchain chain) {
    Callbacks.gauge(
        registry,
        "coterie_chain_head_block",
        "Number of the canonical head block",
        () -> chain.head().number());
    Callbacks.gauge(
        registry,
        "ethereum_blockchain_height",
        "Besu's name for the canonical head's number (coterie_chain_head_block)",
        () -> chain.head().number());
  }

  public static void registerTxPool(PrometheusRegistry registry, TransactionPool pool) {
    GaugeWithCallback.builder()
        .name("coterie_txpool_transactions")
        .help("Transactions in the pool: pending (executable) or queued (behind a nonce gap)")
        .labelNames("state")
        .callback(
            callback -> {
              TransactionPool.Status status = pool.status();
              callback.call(status.pending(), "pending");
              callback.call(status.queued(), "queued");
            })
        .register(registry);
    Callbacks.gauge(
        registry,
        "besu_transaction_pool_transactions",
        "Besu's name for the pool's size: pending and queued transactions",
        () -> {
          TransactionPool.Status status = pool.status();
          return (long) status.pending() + status.queued();
        });
  }

  public static void registerPeers(PrometheusRegistry registry, PeerManager peers) {
    P2pMetrics p2p = peers.metrics();
    Callbacks.gauge(
        registry, "coterie_p2p_peers", "Peers connected after the handshake", peers::peerCount);
    Callbacks.gauge(
        registry,
        "ethereum_peer_count",
        "Besu's name for the connected peers (coterie_p2p_peers)",
        peers::peerCount);
    Callbacks.counter(
        registry,
        "coterie_p2p_protocol_breaches",
        "Peers disconnected for malformed, unknown or oversized messages",
        p2p::protocolBreaches);
    Callbacks.counter(
        registry,
        "coterie_p2p_oversized_messages",
        "Messages refused for exceeding the size limit (also counted as breaches)",
        p2p::oversizedMessages);
    Callbacks.counter(
        registry,
        "coterie_p2p_handshake_failures",
        "Connections dropped during the RLPx handshake",
        p2p::handshakeFailures);
    Callbacks.counter(
        registry,
        "coterie_p2p_not_permitted",
        "Peers refused or disconnected by node permissioning",
        p2p::notPermitted);
    Callbacks.counter(
        registry,
        "coterie_p2p_duplicate_connections",
        "Connections closed because the peer was already connected",
        p2p::duplicateConnections);
    Callbacks.counter(
        registry, "coterie_p2p_timeouts", "Peers disconnected for not answering", p2p::timeouts);
    Callbacks.gauge(
        registry,
        "coterie_p2p_pending_connections",
        "Inbound connections between accept and Hello",
        p2p::pendingConnections);
    Callbacks.counter(
        registry,
        "coterie_p2p_pending_evicted",
        "Pending inbound connections closed to keep within the pending-connection bounds",
        p2p::pendingEvicted);
    Callbacks.counter(
        registry,
        "coterie_p2p_penalties",
        "Offences scored against peers (invalid, unauthorised or flooding messages)",
        p2p::penalties);
    Callbacks.counter(
        registry,
        "coterie_p2p_misconduct_disconnects",
        "Peers disconnected and banned for misconduct",
        p2p::misconductDisconnects);
    Callbacks.counter(
        registry,
        "coterie_p2p_banned_refused",
        "Connections refused because the peer is banned",
        p2p::bannedRefused);
  }

  public static void registerGossip(PrometheusRegistry registry, GossipProtocol gossip) {
    Callbacks.counter(
        registry,
        "coterie_p2p_transactions_dropped",
        "Received transactions dropped over a peer's budget",
        gossip::transactionsDropped);
    Callbacks.counter(
        registry,
        "coterie_p2p_transactions_handled",
        "Received transactions handed to the pool",
        gossip::transactionsHandled);
  }

  public static void registerSync(
      PrometheusRegistry registry, BlockSynchronizer sync, Blockchain chain) {
    LongSupplier highest =
        () -> sync.status().map(SyncStatus::highestBlock).orElseGet(() -> chain.head().number());
    Callbacks.gauge(
        registry,
        "coterie_sync_syncing",
        "1 while catching up with a peer ahead, else 0",
        () -> sync.status().isPresent() ? 1 : 0);
    Callbacks.gauge(
        registry,
        "coterie_sync_highest_block",
        "Highest block a peer announced while syncing; the head when caught up",
        highest);
    Callbacks.gauge(
        registry,
        "ethereum_best_known_block_number",
        "Besu's name for the highest block known from peers (coterie_sync_highest_block)",
        highest);
    Callbacks.gauge(
        registry,
        "besu_synchronizer_in_sync",
        "Besu's name for 1 when caught up with the best known peer, else 0",
        () -> sync.status().isPresent() ? 0 : 1);
    GaugeWithCallback.builder()
        .name("coterie_sync_recent_problems")
        .help("Download problems among the most recent ones kept, by kind")
        .labelNames("kind")
        .callback(
            callback -> {
              Map<SyncProblem.Kind, Integer> counts = countByKind(sync.problems());
              counts.forEach(
                  (kind, count) -> callback.call(count, kind.name().toLowerCase(Locale.ROOT)));
            })
        .register(registry);
  }

  private static Map<SyncProblem.Kind, Integer> countByKind(List<SyncProblem> problems) {
    Map<SyncProblem.Kind, Integer> counts = new EnumMap<>(SyncProblem.Kind.class);
    for (SyncProblem.Kind kind : SyncProblem.Kind.values()) {
      counts.put(kind, 0);
    }
    problems.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    return counts;
  }
}
