package io.coterie.node.app;

import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.node.chain.ChainOpener;
import io.coterie.node.chain.GenesisBlockBuilder;
import io.coterie.node.consensus.qbft.adapter.SealingBlockProducer;
import io.coterie.node.consensus.qbft.adapter.SingleValidatorLoop;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.execution.ExecutionRules;
import io.coterie.node.execution.PrecompileHost;
import io.coterie.node.execution.Simulator;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.rpc.api.EthMethods;
import io.coterie.node.rpc.method.MethodRegistry;
import io.coterie.node.rpc.net.NetListening;
import io.coterie.node.rpc.net.NetPeerCount;
import io.coterie.node.rpc.net.NetVersion;
import io.coterie.node.rpc.server.RpcServer;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.view.ProvenanceGetTrace;
import io.coterie.node.rpc.web3.Web3ClientVersion;
import io.coterie.node.rpc.web3.Web3Sha3;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.txpool.NonceOrderedPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Wires a node from its config: the only place that calls constructors across packages. */
public final class NodeBuilder {
  private NodeBuilder() {}

  public static Node build(NodeConfig config) {
    ChainSpec spec = config.chainSpec();
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry services = ServiceRegistry.create();
    modules.forEach(module -> module.register(services));
    modules.forEach(PrecompileModule::start);
    PrecompileHost host = new PrecompileHost(PrecompileDirectory.of(modules));
    TransactionProcessor processor =
        new TransactionProcessor(
            host,
            new ExecutionRules(
                spec.chainId(),
                spec.permissioning().accountPermissioning(),
                spec.nativeTransfers()));
    BlockExecutor executor = new BlockExecutor(processor);

    KeyValueStore store = RocksDbStore.open(config.dataPath(), RocksDbStore.Settings.defaults());
    try {
      List<Address> validators = validators(spec);
      ExecutedBlock genesis =
          GenesisBlockBuilder.build(
              spec,
              processor,
              new TrieNodeStore(store),
              Bytes.of(
                  QbftExtraDataCodec.encode(
                      QbftExtraData.unsealed(validators, Optional.empty(), 0))),
              QbftBlockHashing.MIX_HASH);
      ChainOpener.OpenedChain opened =
          ChainOpener.open(
              config.dataPath(), store, spec.chainId(), genesis, new QbftBlockHashing());
      var chain = opened.chain();
      var importer = opened.importer();

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

      SingleValidatorLoop loop =
          new SingleValidatorLoop(
              new SealingBlockProducer(chain, executor, pool, config.nodeKey()),
              importer,
              validators,
              spec.qbft().blockPeriodMillis(),
              spec.qbft().emptyBlockPeriodMillis(),
              System::currentTimeMillis);
      pool.onPending(tx -> loop.onTransaction());

      SubscriptionHub hub = new SubscriptionHub();
      EthMethods eth =
          new EthMethods(
              chain,
              pool,
              simulator,
              host::isChaincode,
              config.minGasPrice(),
              hub,
              Clock.systemUTC());
      importer.addListener(eth.chainListener());
      pool.onPending(eth.pendingListener());
      MethodRegistry methods = new MethodRegistry(config.rpcApis());
      eth.registerAll(methods);
      methods.register(new Web3ClientVersion(config.version()));
      methods.register(new Web3Sha3());
      methods.register(new NetVersion(java.math.BigInteger.valueOf(spec.chainId())));
      methods.register(new NetListening());
      methods.register(
          new ProvenanceGetTrace(
              chain::headWorldState,
              services
                  .find(ProvenanceReader.class)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "the provenance module is missing from the class path"))));
      methods.register(new NetPeerCount(() -> 0));
      return new Node(
          store,
          chain,
          importer,
          pool,
          simulator,
          loop,
          () -> RpcServer.start(config.rpc(), methods, hub));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static List<Address> validators(ChainSpec spec) {
    List<Address> validators = new ArrayList<>();
    for (GenesisAddress validator : spec.validators()) {
      validators.add(Address.fromHex(validator.hex()));
    }
    return validators;
  }
}
