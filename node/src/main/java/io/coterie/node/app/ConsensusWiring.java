package io.coterie.node.app;

import io.coterie.chaincode.noderules.NodeRulesReader;
import io.coterie.genesis.spec.QbftParameters;
import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.adapter.BlockchainQbftChain;
import io.coterie.node.consensus.qbft.adapter.ExecutedBlockCache;
import io.coterie.node.consensus.qbft.adapter.ExecutingBlockVerifier;
import io.coterie.node.consensus.qbft.adapter.ImportingBlockCommitter;
import io.coterie.node.consensus.qbft.adapter.NoPeersValidatorNetwork;
import io.coterie.node.consensus.qbft.adapter.P2pValidatorNetwork;
import io.coterie.node.consensus.qbft.adapter.PoolBlockCreator;
import io.coterie.node.consensus.qbft.adapter.ScheduledQbftTimer;
import io.coterie.node.consensus.qbft.adapter.StoredConsensusState;
import io.coterie.node.consensus.qbft.port.ValidatorNetwork;
import io.coterie.node.consensus.qbft.statemachine.MessageIntake;
import io.coterie.node.consensus.qbft.statemachine.QbftConfig;
import io.coterie.node.consensus.qbft.statemachine.QbftController;
import io.coterie.node.consensus.qbft.statemachine.QbftEvent;
import io.coterie.node.consensus.qbft.statemachine.QbftEventLoop;
import io.coterie.node.consensus.qbft.statemachine.QbftMetrics;
import io.coterie.node.consensus.qbft.statemachine.QbftServices;
import io.coterie.node.consensus.qbft.vote.PendingVotes;
import io.coterie.node.consensus.qbft.vote.ValidatorSetCalculator;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.p2p.peer.P2pConfig;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.p2p.peer.PeerPermission;
import io.coterie.node.p2p.permission.NodeAllowlist;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.DeferredBlockSink;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.sync.BlockSynchronizer;
import io.coterie.node.sync.ChainReaderView;
import io.coterie.node.sync.GossipSyncPeers;
import io.coterie.node.sync.SyncConfig;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wires QBFT and P2P: the QBFT ports over chain, execution, pool, storage and {@code qbft/1}; the
 * block synchroniser behind {@code cot/1} (announced blocks and catching up); and the event loop,
 * fed by chain heads, QBFT messages and new transactions. Validators and followers differ only in
 * whether the event loop runs.
 */
final class ConsensusWiring {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  final ValidatorSetCalculator validators;
  final PendingVotes votes;
  final NodeServices services;

  /** Null without node permissioning. */
  final NodeAllowlist allowlist;

  final QbftMetrics metrics;

  /** Null without P2P. */
  final GossipProtocol gossip;

  private ConsensusWiring(
      ValidatorSetCalculator validators,
      PendingVotes votes,
      NodeServices services,
      NodeAllowlist allowlist,
      QbftMetrics metrics,
      GossipProtocol gossip) {
    this.validators = validators;
    this.votes = votes;
    this.services = services;
    this.allowlist = allowlist;
    this.metrics = metrics;
    this.gossip = gossip;
  }

  static ConsensusWiring build(
      NodeConfig config,
      Blockchain chain,
      BlockImporter importer,
      BlockExecutor executor,
      TransactionPool pool,
      KeyValueStore store) {
    QbftParameters qbft = config.chainSpec().qbft();
    BlockchainQbftChain qbftChain = new BlockchainQbftChain(chain);
    ValidatorSetCalculator validators = new ValidatorSetCalculator(qbftChain, qbft.epochLength());
    Address local = Address.fromPublicKey(config.nodeKey().publicKey().toBytes());
    PendingVotes votes = new PendingVotes(validators, local);
    ExecutedBlockCache cache = new ExecutedBlockCache();
    ExecutingBlockVerifier verifier = new ExecutingBlockVerifier(chain, executor, cache, pool);
    ImportingBlockCommitter committer = new ImportingBlockCommitter(chain, importer, verifier);
    ScheduledQbftTimer timer = new ScheduledQbftTimer();

    NetworkConfig network = config.network();
    PeerManager peers = null;
    TransactionGossip transactions = null;
    BlockSynchronizer sync = null;
    ConsensusProtocol consensus = null;
    GossipProtocol gossip = null;
    NodeAllowlist allowlist = null;
    if (network.enabled()) {
      transactions = new TransactionGossip(pool);
      // The synchroniser needs the gossip protocol to download, and gossip hands it blocks.
      DeferredBlockSink announced = new DeferredBlockSink();
      GossipProtocol cot =
          new GossipProtocol(new ChainReaderView(chain), transactions, announced, REQUEST_TIMEOUT);
      gossip = cot;
      transactions.connect(cot);
      pool.onPending(transactions::onPending);
      importer.addListener((block, hash, receipts) -> cot.broadcastBlock(block));
      cot.sendFullBlocksTo(
          peer ->
              !validators
                  .validatorsAt(chain.head().number())
                  .contains(Address.fromPublicKey(peer.toBytes())));
      consensus = new ConsensusProtocol();
      PeerPermission permission = PeerPermission.ALL;
      HeadNodeAllowlist onChain = null;
      if (network.nodePermissions()) {
        onChain = new HeadNodeAllowlist(chain::headWorldState, new NodeRulesReader());
        allowlist = new NodeAllowlist(network.nodesAllowlist(), onChain);
        permission = allowlist;
      }
      P2pConfig p2p =
          P2pConfig.defaults(network.host(), network.port())
              .withStaticNodes(network.staticNodes())
              .withBootnodes(network.bootnodes())
              .withMaxPeers(network.maxPeers());
      peers = new PeerManager(p2p, config.nodeKey(), List.of(cot, consensus), permission);
      PeerManager connected = peers;
      if (onChain != null) {
        HeadNodeAllowlist list = onChain;
        importer.addListener(
            (block, hash, receipts) -> {
              if (list.refreshRemovedAny()) {
                connected.enforcePermissions();
              }
            });
      }
      sync =
          new BlockSynchronizer(
              chain,
              executor,
              importer,
              qbft.epochLength(),
              new GossipSyncPeers(cot),
              (peer, reason) -> connected.disconnect(peer, DisconnectReason.SUBPROTOCOL_ERROR),
              SyncConfig.defaults());
      peers.addListener(sync);
      announced.connect(sync);
    }

    // Every node runs the controller: it validates at the heights whose validator set holds this
    // node, so one voted in starts without a restart.
    QbftMetrics metrics = new QbftMetrics();
    QbftEventLoop loop = new QbftEventLoop(QbftEventLoop.DEFAULT_CAPACITY, metrics);
    ValidatorNetwork validatorNetwork =
        consensus == null
            ? new NoPeersValidatorNetwork()
            : new P2pValidatorNetwork(consensus, qbftChain, validators, local);
    QbftServices qbftServices =
        new QbftServices(
            new QbftConfig(
                qbft.blockPeriodMillis(),
                qbft.requestTimeoutMillis(),
                Math.max(qbft.emptyBlockPeriodMillis(), qbft.blockPeriodMillis()),
                Math.max(qbft.maxRoundTimeoutMillis(), qbft.requestTimeoutMillis())),
            config.nodeKey(),
            qbftChain,
            validators,
            new PoolBlockCreator(chain, executor, pool, local, cache),
            verifier,
            committer,
            validatorNetwork,
            new StoredConsensusState(store),
            votes,
            System::currentTimeMillis,
            timer);
    QbftEventLoop events = loop;
    QbftController controller = new QbftController(qbftServices, metrics, events::offer);
    importer.addListener(
        (block, hash, receipts) -> events.offer(new QbftEvent.NewChainHead(block.header())));
    if (consensus != null) {
      MessageIntake intake =
          new MessageIntake(qbftChain, validators, validatorNetwork, metrics, events::offer);
      consensus.subscribe(intake::receive);
    }
    AtomicLong wokenFor = new AtomicLong(-1);
    pool.onPending(
        tx -> {
          long next = chain.head().number() + 1;
          if (wokenFor.getAndSet(next) != next) {
            events.offer(new QbftEvent.BlockTimerFired(next));
          }
        });
    NodeServices services =
        new NodeServices(
            timer,
            peers,
            transactions,
            sync,
            loop,
            controller,
            metrics,
            () -> validators.validatorsAt(chain.head().number() + 1).contains(local));
    return new ConsensusWiring(validators, votes, services, allowlist, metrics, gossip);
  }
}
