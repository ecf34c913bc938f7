package io.coterie.node.p2p.protocol;

import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Transaction gossip in {@code cot/1}, after eth/68: a node sends the transactions it was given
 * (over RPC) in full to every peer, and announces the ones it relays by hash; a peer asks for the
 * announced transactions it has not seen. Between fully connected validators every relay is a
 * duplicate, and a 32-byte hash costs far less to send, and nothing to decode, than a signed
 * transaction whose hash must be recomputed.
 */
final class TransactionExchange implements AutoCloseable {
  /** Hashes per announcement or request, and transactions per answer. */
  static final int MAX_HASHES = 4_096;

  private final TransactionSink sink;
  private final Collection<GossipPeer> peers;
  private final KnownHashes seen = new KnownHashes(32_768);
  private final KnownHashes requested = new KnownHashes(32_768);
  private final TransactionIntake intake;

  TransactionExchange(
      TransactionSink sink, Collection<GossipPeer> peers, TransactionBudget budget) {
    this.sink = sink;
    this.peers = peers;
    this.intake = new TransactionIntake(this::accept, budget);
  }

  /**
   * Full transactions from {@code from}, on the network thread: decoded (a malformed message is the
   * peer's breach) and those not seen yet queued for {@link #accept}, within the peer's budget.
   */
  void onTransactions(GossipPeer from, byte[] payload) {
    List<Transaction> fresh = new ArrayList<>();
    for (Transaction tx : GossipCodec.decodeTransactions(payload)) {
      Hash hash = tx.hash();
      from.transactions.add(hash);
      if (!seen.contains(hash)) {
        fresh.add(tx);
      }
    }
    if (!fresh.isEmpty()) {
      intake.submit(from, fresh);
    }
  }

  /** Intake thread: new transactions go to the sink (which recovers senders), accepted ones on. */
  private void accept(GossipPeer from, List<Transaction> txs) {
    List<Transaction> relay = new ArrayList<>();
    for (Transaction tx : txs) {
      if (seen.add(tx.hash()) && sink.offer(tx, from.link.nodeId())) {
        relay.add(tx);
      }
    }
    if (!relay.isEmpty()) {
      announce(relay);
    }
  }

  TransactionIntake intake() {
    return intake;
  }

  @Override
  public void close() {
    intake.close();
  }

  /** Hashes announced by {@code from}: asks it for those not seen nor asked for yet. */
  void onAnnouncement(GossipPeer from, byte[] payload) {
    List<Hash> wanted = new ArrayList<>();
    for (Hash hash : GossipCodec.decodeHashes(payload, MAX_HASHES)) {
      from.transactions.add(hash);
      if (!seen.contains(hash) && requested.add(hash)) {
        wanted.add(hash);
      }
    }
    if (!wanted.isEmpty()) {
      from.link.send(
          GossipProtocol.CAPABILITY,
          GossipCodec.GET_POOLED_TRANSACTIONS,
          GossipCodec.encodeHashes(wanted));
    }
  }

  /** Answers a request with the asked-for transactions the sink still holds. */
  void onRequest(GossipPeer from, byte[] payload) {
    List<Transaction> found = new ArrayList<>();
    for (Hash hash : GossipCodec.decodeHashes(payload, MAX_HASHES)) {
      Optional<Transaction> tx = sink.pooled(hash);
      if (tx.isPresent()) {
        found.add(tx.get());
        from.transactions.add(hash);
      }
    }
    if (!found.isEmpty()) {
      from.link.send(
          GossipProtocol.CAPABILITY,
          GossipCodec.TRANSACTIONS,
          GossipCodec.encodeTransactions(found));
    }
  }

  /** Sends {@code txs} in full to every peer not known to have them; returns how many peers. */
  int broadcast(List<Transaction> txs) {
    return sendToEach(txs, GossipCodec.TRANSACTIONS, GossipCodec::encodeTransactions);
  }

  /** Announces {@code txs} by hash to every peer not known to have them. */
  int announce(List<Transaction> txs) {
    return sendToEach(
        txs,
        GossipCodec.NEW_POOLED_TRANSACTION_HASHES,
        fresh -> GossipCodec.encodeHashes(fresh.stream().map(Transaction::hash).toList()));
  }

  private int sendToEach(
      List<Transaction> txs,
      int code,
      java.util.function.Function<List<Transaction>, byte[]> encode) {
    txs.forEach(tx -> seen.add(tx.hash()));
    int reached = 0;
    for (GossipPeer peer : peers) {
      List<Transaction> fresh =
          txs.stream().filter(tx -> peer.transactions.add(tx.hash())).toList();
      for (int from = 0; from < fresh.size(); from += MAX_HASHES) {
        List<Transaction> part = fresh.subList(from, Math.min(fresh.size(), from + MAX_HASHES));
        if (peer.link.send(GossipProtocol.CAPABILITY, code, encode.apply(part)) && from == 0) {
          reached++;
        }
      }
    }
    return reached;
  }
}
