package io.coterie.node.app;

import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.coterie.node.execution.CallSimulator;
import io.coterie.node.metrics.MetricsServer;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.rpc.server.RpcServer;
import io.coterie.node.txpool.TransactionPool;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node. {@link #start()} opens RPC, then the metrics endpoint, then the network and
 * consensus. {@link #close()} stops consensus and the network first, then metrics and RPC, then
 * storage, so no block is half-written and no client sees a closed database.
 */
public final class Node implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Node.class);

  private final ChainAccess access;
  private final Blockchain chain;
  private final BlockImporter importer;
  private final TransactionPool pool;
  private final CallSimulator simulator;
  private final NodeServices services;
  private final Supplier<RpcServer> rpcStarter;
  private final NodeConfig config;
  private final PrometheusRegistry registry;
  private RpcServer rpc;
  private MetricsServer metrics;
  private boolean closed;

  Node(
      ChainAccess access,
      Blockchain chain,
      BlockImporter importer,
      TransactionPool pool,
      CallSimulator simulator,
      NodeServices services,
      Supplier<RpcServer> rpcStarter,
      NodeConfig config,
      PrometheusRegistry registry) {
    this.access = access;
    this.chain = chain;
    this.importer = importer;
    this.pool = pool;
    this.simulator = simulator;
    this.services = services;
    this.rpcStarter = rpcStarter;
    this.config = config;
    this.registry = registry;
  }

  public synchronized Node start() {
    rpc = rpcStarter.get();
    if (config.metrics().enabled()) {
      metrics = MetricsServer.start(config.metrics(), registry);
    }
    services.start();
    LOG.info(
        "Node started chainId={} head={} rpc {} metrics={}",
        chain.chainId(),
        chain.head().number(),
        rpc.describeListeners(),
        metrics != null ? metrics.port() : "off");
    return this;
  }

  public Blockchain chain() {
    return chain;
  }

  public BlockImporter importer() {
    return importer;
  }

  public TransactionPool pool() {
    return pool;
  }

  public CallSimulator simulator() {
    return simulator;
  }

  /** Empty when P2P is disabled. */
  public Optional<PeerManager> peers() {
    return services.peers();
  }

  /** The QBFT counters (what was received, refused, recovered and committed). */
  public QbftMetrics consensusMetrics() {
    return services.consensusMetrics();
  }

  /** Whether this node runs QBFT (its key is a validator's); others follow the chain. */
  public boolean isValidator() {
    return services.isValidator();
  }

  /** Empty before {@link #start()}. */
  public Optional<RpcServer> rpc() {
    return Optional.ofNullable(rpc);
  }

  /** Empty before {@link #start()} and when metrics are disabled. */
  public Optional<MetricsServer> metrics() {
    return Optional.ofNullable(metrics);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    services.close();
    if (metrics != null) {
      metrics.close();
    }
    if (rpc != null) {
      rpc.close();
    }
    access.close();
    LOG.info("Node stopped head={}", chain.head().number());
  }
}
