package io.coterie.node.app;

import io.coterie.node.consensus.qbft.adapter.PeerCatchUp;
import io.coterie.node.consensus.qbft.adapter.ScheduledQbftTimer;
import io.coterie.node.consensus.qbft.adapter.SealedBlockFollower;
import io.coterie.node.consensus.qbft.statemachine.QbftController;
import io.coterie.node.consensus.qbft.statemachine.QbftEventLoop;
import io.coterie.node.p2p.peer.PeerManager;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The node's running parts besides RPC and storage: peers, the chain follower, the QBFT event loop
 * (validators only) and the periodic chores. Started after RPC, stopped before it: consensus first,
 * so no block is half-committed, then the network.
 */
final class NodeServices implements AutoCloseable {
  static final long TX_GOSSIP_MILLIS = 20;
  static final long CATCH_UP_MILLIS = 1_000;

  private final ScheduledQbftTimer timer;
  private final SealedBlockFollower follower;
  private final PeerManager peers;
  private final TransactionGossip transactions;
  private final PeerCatchUp catchUp;
  private final QbftEventLoop loop;
  private final QbftController controller;

  /**
   * {@code peers}, {@code transactions} and {@code catchUp} are null without P2P; loop and
   * controller are null on a non-validator.
   */
  NodeServices(
      ScheduledQbftTimer timer,
      SealedBlockFollower follower,
      PeerManager peers,
      TransactionGossip transactions,
      PeerCatchUp catchUp,
      QbftEventLoop loop,
      QbftController controller) {
    this.timer = timer;
    this.follower = follower;
    this.peers = peers;
    this.transactions = transactions;
    this.catchUp = catchUp;
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
      timer
          .scheduler()
          .scheduleWithFixedDelay(
              catchUp::check, CATCH_UP_MILLIS, CATCH_UP_MILLIS, TimeUnit.MILLISECONDS);
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
    follower.close();
    if (peers != null) {
      peers.close();
    }
  }
}
