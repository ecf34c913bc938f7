package io.coterie.node.app;

import io.coterie.chaincode.provenance.ProvenanceReader;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.node.consensus.qbft.adapter.SealingBlockProducer;
import io.coterie.node.consensus.qbft.adapter.SingleValidatorLoop;
import io.coterie.node.execution.BlockExecutor;
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
import io.coterie.node.txpool.NonceOrderedPool;
import io.coterie.node.types.Address;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires a node from its config: the only place that calls constructors across packages. */
public final class NodeBuilder {
  private NodeBuilder() {}

  public static Node build(NodeConfig config) {
    ChainSpec spec = config.chainSpec();
    ChainAccess access = ChainAccess.open(config.dataPath(), spec);
    try {
      var chain = access.chain();
      var importer = access.importer();
      TransactionProcessor processor = access.processor();
      List<Address> validators = validators(spec);

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
              processor.host()::isChaincode,
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
              access
                  .services()
                  .find(ProvenanceReader.class)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "the provenance module is missing from the class path"))));
      methods.register(new NetPeerCount(() -> 0));
      return new Node(
          access,
          chain,
          importer,
          pool,
          simulator,
          loop,
          () -> RpcServer.start(config.rpc(), methods, hub));
    } catch (RuntimeException e) {
      access.close();
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
