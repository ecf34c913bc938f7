package io.coterie.node.app;

import io.coterie.node.consensus.qbft.adapter.ScheduledQbftTimer;
import io.coterie.node.consensus.qbft.statemachine.QbftController;
import io.coterie.node.consensus.qbft.statemachine.QbftEventLoop;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.sync.BlockSynchronizer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The node's running parts besides RPC and storage: peers, the block synchroniser, the QBFT event
 * loop (validators only) and the periodic chores. Started after RPC, stopped before it: consensus
 * first, so no block is half-committed, then the network.
 */
final class NodeServices implements AutoCloseable {
  static final long TX_GOSSIP_MILLIS = 20;

  private final ScheduledQbftTimer timer;
  private final PeerManager peers;
  private final TransactionGossip transactions;
  private final BlockSynchronizer sync;
  private final QbftEventLoop loop;
  private final QbftController controller;

  /**
   * {@code peers}, {@code transactions} and {@code catchUp} are null without P2P; loop and
   * controller are null on a non-validator.
   */
  NodeServices(
      ScheduledQbftTimer timer,
      PeerManager peers,
      TransactionGossip transactions,
      BlockSynchronizer sync,
      QbftEventLoop loop,
      QbftController controller) {
    this.timer = timer;
    this.peers = peers;
    this.transactions = transactions;
    this.sync = sync;
    this.loop = loop;
    this.controller = controller;
  }

  void start() {
    if (peers != null) {
      peers.start();
      timer
          .scheduler()
          .scheduleWithFixedDelay(
              transactions::flush, TX_GOSSIP_MILLIS, TX_GOSSIP_MILLIS, TimeUnit.MILLISECONDS);
      sync.start();
    }
    if (loop != null) {
      loop.start(controller);
    }
  }

  Optional<PeerManager> peers() {
    return Optional.ofNullable(peers);
  }

  boolean isValidator() {
    return loop != null;
  }

  @Override
  public void close() {
    if (loop != null) {
      loop.close();
    }
    timer.close();
    if (sync != null) {
      sync.close();
    }
    if (peers != null) {
      peers.close();
    }
  }
}
