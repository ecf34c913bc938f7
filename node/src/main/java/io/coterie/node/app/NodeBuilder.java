package io.coterie.node.app;

import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.Simulator;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.metrics.ConsensusCollectors;
import io.coterie.node.metrics.DurationHistograms;
import io.coterie.node.metrics.HealthRoutes;
import io.coterie.node.metrics.NodeCollectors;
import io.coterie.node.metrics.TimedMethods;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.rpc.admin.AdminAddPeer;
import io.coterie.node.rpc.admin.AdminChangeLogLevel;
import io.coterie.node.rpc.admin.AdminNodeInfo;
import io.coterie.node.rpc.admin.AdminPeers;
import io.coterie.node.rpc.admin.AdminRemovePeer;
import io.coterie.node.rpc.api.EthMethods;
import io.coterie.node.rpc.auth.HeadRoles;
import io.coterie.node.rpc.auth.RpcAccess;
import io.coterie.node.rpc.epcis.EpcisSite;
import io.coterie.node.rpc.eth.BlockResolver;
import io.coterie.node.rpc.explorer.ExplorerSite;
import io.coterie.node.rpc.member.CoterieCreateMemberAccount;
import io.coterie.node.rpc.member.CoterieSendMemberRequest;
import io.coterie.node.rpc.member.MemberRelayer;
import io.coterie.node.rpc.member.MemberRpcMethods;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.net.NetListening;
import io.coterie.node.rpc.net.NetPeerCount;
import io.coterie.node.rpc.net.NetVersion;
import io.coterie.node.rpc.perm.PermAddNodesToAllowlist;
import io.coterie.node.rpc.perm.PermGetNodesAllowlist;
import io.coterie.node.rpc.perm.PermRemoveNodesFromAllowlist;
import io.coterie.node.rpc.qbft.QbftDiscardValidatorVote;
import io.coterie.node.rpc.qbft.QbftGetPendingVotes;
import io.coterie.node.rpc.qbft.QbftGetSignerMetrics;
import io.coterie.node.rpc.qbft.QbftProposeValidatorVote;
import io.coterie.node.rpc.server.PublicRpcRoute;
import io.coterie.node.rpc.server.RpcLimits;
import io.coterie.node.rpc.server.RpcServer;
import io.coterie.node.rpc.server.WebRoutes;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.subscription.SubscriptionIdSource;
import io.coterie.node.rpc.view.ProvenanceGetTrace;
import io.coterie.node.rpc.web.MemberSite;
import io.coterie.node.rpc.web.TraceSite;
import io.coterie.node.rpc.web3.Web3ClientVersion;
import io.coterie.node.rpc.web3.Web3Sha3;
import io.coterie.node.sync.BlockSynchronizer;
import io.coterie.node.sync.ChainReaderView;
import io.coterie.node.sync.SyncStatus;
import io.coterie.node.txpool.NonceOrderedPool;
import io.coterie.node.types.TransactionSigner;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Wires a node from its config: the only place that calls constructors across packages. */
public final class NodeBuilder {
  private NodeBuilder() {}

  public static Node build(NodeConfig config) {
    return build(config, Clock.systemUTC());
  }

  /**
   * As {@link #build(NodeConfig)}, with the clock that ages RPC filters, tokens and login
   * challenges (consensus keeps its own time).
   */
  public static Node build(NodeConfig config, Clock rpcClock) {
    ChainSpec spec = config.chainSpec();
    ChainAccess access = ChainAccess.open(config.dataPath(), spec);
    try {
      var chain = access.chain();
      var importer = access.importer();
      TransactionProcessor processor = access.processor();

      NonceOrderedPool pool =
          new NonceOrderedPool(
              chain::headWorldState,
              spec.chainId(),
              () -> chain.head().gasLimit(),
              config.minGasPrice(),
              spec.permissioning().accountPermissioning(),
              config.poolLimits());
      importer.addListener(pool);
      Simulator simulator = new Simulator(processor, chain::stateAt);
      BlockExecutor executor = access.executor();

      ConsensusWiring consensus =
          ConsensusWiring.build(config, chain, importer, executor, pool, access.store());

      RpcLimits limits = config.rpc().limits();
      Supplier<Optional<SyncStatus>> syncing =
          () ->
              consensus
                  .services
                  .sync()
                  .flatMap(BlockSynchronizer::status)
                  .map(s -> s.atHead(chain.head().number()));
      SubscriptionHub hub =
          new SubscriptionHub(
              new SubscriptionIdSource(),
              limits.wsMaxActiveSubscriptions(),
              limits.wsMaxSubscriptionsPerConnection());
      EthMethods eth =
          new EthMethods(
              chain,
              pool,
              simulator,
              processor.host()::isChaincode,
              config.minGasPrice(),
              hub,
              rpcClock,
              syncing,
              limits);
      importer.addListener(eth.chainListener());
      pool.onPending(eth.pendingListener());
      MethodRegistry httpMethods = new MethodRegistry(config.rpcApis());
      MethodRegistry wsMethods = new MethodRegistry(config.rpcWsApis());
      for (MethodRegistry methods : List.of(httpMethods, wsMethods)) {
        registerMethods(methods, config, chain, consensus, eth, access);
      }
      // the member page's own methods, whatever namespaces the RPC ports serve
      MethodRegistry memberRegistry = new MethodRegistry(List.of("eth", "coterie"));
      eth.registerAll(memberRegistry);
      MemberRpcMethods memberMethods =
          new MemberRpcMethods(memberRegistry, processor.host()::isChaincode);
      if (config.relayer().enabled()) {
        MemberRelayer relayer =
            new MemberRelayer(
                new TransactionSigner(config.relayer().key(), spec.chainId()),
                pool,
                simulator,
                chain::head);
        for (MethodRegistry methods : List.of(httpMethods, wsMethods, memberRegistry)) {
          methods.register(new CoterieCreateMemberAccount(relayer));
          methods.register(new CoterieSendMemberRequest(relayer));
        }
      }
      RpcAccess rpcAccess =
          RpcAccess.of(
              config.rpc().auth(),
              new HeadRoles(chain::headWorldState, config.rpc().auth().rolePermissions()),
              spec.chainId(),
              rpcClock);
      PrometheusRegistry registry = metricsRegistry(chain, importer, pool, consensus);
      TimedMethods.Timer timer = TimedMethods.timer(registry);
      HealthRoutes health =
          new HealthRoutes(
              () -> consensus.services.peers().stream().mapToInt(PeerManager::peerCount).findAny(),
              syncing);
      return new Node(
          access,
          chain,
          importer,
          pool,
          simulator,
          consensus.services,
          () ->
              RpcServer.start(
                  config.rpc(),
                  timer.wrap(httpMethods, httpMethods.names()),
                  timer.wrap(wsMethods, wsMethods.names()),
                  hub,
                  rpcAccess,
                  health.or(
                      WebRoutes.both(
                          new TraceSite(
                              chain,
                              service(access, ProvenanceReader.class),
                              service(access, RolesReader.class),
                              config.rpc().web().publicUrl()),
                          WebRoutes.both(
                              new ExplorerSite(chain, service(access, RolesReader.class)),
                              WebRoutes.both(
                                  new EpcisSite(
                                      chain,
                                      service(access, ProvenanceReader.class),
                                      pool,
                                      java.time.Clock.systemUTC(),
                                      config.rpc().web().publicUrl()),
                                  new MemberSite(
                                      chain,
                                      service(access, RolesReader.class),
                                      MemberRpcMethods.PATH))))),
                  new PublicRpcRoute(
                      MemberRpcMethods.PATH,
                      timer.wrap(memberMethods, Set.copyOf(MemberRpcMethods.ALLOWED)))),
          config,
          registry);
    } catch (RuntimeException e) {
      access.close();
      throw e;
    }
  }

  private static <T> T service(ChainAccess access, Class<T> type) {
    return access
        .services()
        .find(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the chaincode service "
                        + type.getSimpleName()
                        + " is missing from the class path"));
  }

  /** Every method of the namespaces {@code methods} enables. */
  private static void registerMethods(
      MethodRegistry methods,
      NodeConfig config,
      Blockchain chain,
      ConsensusWiring consensus,
      EthMethods eth,
      ChainAccess access) {
    eth.registerAll(methods);
    methods.register(new Web3ClientVersion(config.version()));
    methods.register(new Web3Sha3());
    methods.register(new NetVersion(java.math.BigInteger.valueOf(chain.chainId())));
    methods.register(new NetListening());
    methods.register(new AdminChangeLogLevel());
    methods.register(
        new ProvenanceGetTrace(
            chain::headWorldState,
            service(access, ProvenanceReader.class),
            config.rpc().web().publicUrl()));
    methods.register(
        new NetPeerCount(
            () -> consensus.services.peers().map(peers -> peers.peerCount()).orElse(0)));
    registerConsensusMethods(methods, config, chain, consensus);
  }

  /**
   * Collectors read the live counters at each scrape; registering them costs nothing until then.
   */
  private static PrometheusRegistry metricsRegistry(
      Blockchain chain, BlockImporter importer, NonceOrderedPool pool, ConsensusWiring consensus) {
    PrometheusRegistry registry = new PrometheusRegistry();
    DurationHistograms.registerJvm(registry);
    DurationHistograms.registerBlockImport(registry, importer);
    DurationHistograms.registerQbftHeights(registry, consensus.metrics);
    NodeCollectors.registerChain(registry, chain);
    NodeCollectors.registerTxPool(registry, pool);
    ConsensusCollectors.register(registry, consensus.metrics);
    consensus.services.peers().ifPresent(peers -> NodeCollectors.registerPeers(registry, peers));
    if (consensus.gossip != null) {
      NodeCollectors.registerGossip(registry, consensus.gossip);
    }
    consensus.services.sync().ifPresent(sync -> NodeCollectors.registerSync(registry, sync, chain));
    return registry;
  }

  private static void registerConsensusMethods(
      MethodRegistry methods, NodeConfig config, Blockchain chain, ConsensusWiring consensus) {
    BlockResolver blocks = new BlockResolver(chain);
    methods.register(new QbftProposeValidatorVote(consensus.votes));
    methods.register(new QbftDiscardValidatorVote(consensus.votes));
    methods.register(new QbftGetPendingVotes(consensus.votes));
    methods.register(new QbftGetSignerMetrics(blocks, consensus.validators));
    consensus
        .services
        .peers()
        .ifPresent(
            peers -> {
              methods.register(new AdminPeers(peers));
              methods.register(
                  new AdminNodeInfo(
                      peers,
                      new ChainReaderView(chain),
                      "Coterie/v" + config.version(),
                      chain.chainId()));
              methods.register(new AdminAddPeer(peers));
              methods.register(new AdminRemovePeer(peers));
              if (consensus.allowlist != null) {
                methods.register(new PermGetNodesAllowlist(consensus.allowlist));
                methods.register(new PermAddNodesToAllowlist(consensus.allowlist));
                methods.register(new PermRemoveNodesFromAllowlist(consensus.allowlist, peers));
              }
            });
  }
}
