package io.coterie.node.app;

import io.coterie.node.consensus.qbft.adapter.ScheduledQbftTimer;
import io.coterie.node.consensus.qbft.statemachine.QbftController;
import io.coterie.node.consensus.qbft.statemachine.QbftEventLoop;
import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.sync.BlockSynchronizer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The node's running parts besides RPC and storage: peers, the block synchroniser, the QBFT event
 * loop and the periodic chores. Started after RPC, stopped before it: consensus first, so no block
 * is half-committed, then the network.
 */
final class NodeServices implements AutoCloseable {
  static final long TX_GOSSIP_MILLIS = 20;

  private final ScheduledQbftTimer timer;
  private final PeerManager peers;
  private final TransactionGossip transactions;
  private final BlockSynchronizer sync;
  private final QbftEventLoop loop;
  private final QbftController controller;
  private final QbftMetrics metrics;
  private final BooleanSupplier validating;

  /**
   * {@code peers}, {@code transactions} and {@code sync} are null without P2P. {@code validating}
   * says whether this node is a validator of the next height.
   */
  NodeServices(
      ScheduledQbftTimer timer,
      PeerManager peers,
      TransactionGossip transactions,
      BlockSynchronizer sync,
      QbftEventLoop loop,
      QbftController controller,
      QbftMetrics metrics,
      BooleanSupplier validating) {
    this.timer = timer;
    this.peers = peers;
    this.transactions = transactions;
    this.sync = sync;
    this.loop = loop;
    this.controller = controller;
    this.metrics = metrics;
    this.validating = validating;
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
    loop.start(controller);
  }

  Optional<PeerManager> peers() {
    return Optional.ofNullable(peers);
  }

  /** Empty without P2P. */
  Optional<BlockSynchronizer> sync() {
    return Optional.ofNullable(sync);
  }

  QbftMetrics consensusMetrics() {
    return metrics;
  }

  boolean isValidator() {
    return validating.getAsBoolean();
  }

  @Override
  public void close() {
    loop.close();
    timer.close();
    if (sync != null) {
      sync.close();
    }
    if (peers != null) {
      peers.close();
    }
  }
}
