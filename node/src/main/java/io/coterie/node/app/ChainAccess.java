package io.coterie.node.app;

import io.coterie.chaincode.spi.ChaincodeVersionUnavailable;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.chaincode.spi.VersionTransition;
import io.coterie.chaincode.spi.VersionedPrecompiles;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.chain.ChainOpener;
import io.coterie.node.chain.ChainStore;
import io.coterie.node.chain.ChaincodeHistoryGuard;
import io.coterie.node.chain.GenesisBlockBuilder;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.execution.ExecutionRules;
import io.coterie.node.execution.PrecompileHost;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.MetadataStore;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A chain's store, head and executor without RPC or block production: for offline tools (block
 * export and import, database checks). Opening claims an empty directory for the chain, as a node
 * does, and refuses another chain's directory.
 */
public final class ChainAccess implements AutoCloseable {
  private final KeyValueStore store;
  private final Blockchain chain;
  private final BlockImporter importer;
  private final TransactionProcessor processor;
  private final BlockExecutor executor;
  private final List<PrecompileModule> modules;
  private final ServiceRegistry services;

  private ChainAccess(
      KeyValueStore store,
      Blockchain chain,
      BlockImporter importer,
      TransactionProcessor processor,
      List<PrecompileModule> modules,
      ServiceRegistry services) {
    this.store = store;
    this.chain = chain;
    this.importer = importer;
    this.processor = processor;
    this.executor = new BlockExecutor(processor);
    this.modules = modules;
    this.services = services;
  }

  /**
   * @throws ChaincodeVersionUnavailable before touching the data directory, when the genesis
   *     schedules a chaincode version this binary does not carry
   */
  public static ChainAccess open(Path dataPath, ChainSpec spec) {
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry services = ServiceRegistry.create();
    modules.forEach(module -> module.register(services));
    modules.forEach(PrecompileModule::start);
    VersionedPrecompiles versions;
    try {
      versions = VersionedPrecompiles.of(modules, transitions(spec));
    } catch (RuntimeException e) {
      modules.forEach(PrecompileModule::stop);
      throw e;
    }
    TransactionProcessor processor =
        new TransactionProcessor(
            new PrecompileHost(versions),
            new ExecutionRules(
                spec.chainId(),
                spec.permissioning().accountPermissioning(),
                spec.nativeTransfers()));
    KeyValueStore store = RocksDbStore.open(dataPath, RocksDbStore.Settings.defaults());
    try {
      List<Address> validators =
          spec.validators().stream().map(GenesisAddress::hex).map(Address::fromHex).toList();
      ExecutedBlock genesis =
          GenesisBlockBuilder.build(
              spec,
              processor,
              new TrieNodeStore(store),
              Bytes.of(
                  QbftExtraDataCodec.encode(
                      QbftExtraData.unsealed(validators, Optional.empty(), 0))),
              QbftBlockHashing.MIX_HASH);
      boolean created = new MetadataStore(store).head().isEmpty();
      ChainOpener.OpenedChain opened =
          ChainOpener.open(dataPath, store, spec.chainId(), genesis, new QbftBlockHashing());
      ChaincodeHistoryGuard.admit(
          dataPath, store, opened.chain().head().number(), created, modules, transitions(spec));
      return new ChainAccess(
          store, opened.chain(), opened.importer(), processor, modules, services);
    } catch (RuntimeException e) {
      store.close();
      modules.forEach(PrecompileModule::stop);
      throw e;
    }
  }

  /** The genesis transitions as the chaincode SPI takes them (a valid spec's versions fit). */
  static List<VersionTransition> transitions(ChainSpec spec) {
    List<VersionTransition> out = new ArrayList<>();
    for (ChaincodeTransition t : spec.transitions()) {
      SortedMap<String, Integer> versions = new TreeMap<>();
      t.precompiles().forEach((name, version) -> versions.put(name, Math.toIntExact(version)));
      out.add(new VersionTransition(t.block(), versions));
    }
    return out;
  }

  public KeyValueStore store() {
    return store;
  }

  public Blockchain chain() {
    return chain;
  }

  public BlockImporter importer() {
    return importer;
  }

  public BlockExecutor executor() {
    return executor;
  }

  /** Runs single transactions and calls (the simulator and the precompile host use it). */
  /** What the chaincode modules published, such as their readers for RPC views. */
  public ServiceRegistry services() {
    return services;
  }

  public TransactionProcessor processor() {
    return processor;
  }

  public ChainStore chainStore() {
    return new ChainStore(store);
  }

  public TrieNodeStore trieNodes() {
    return new TrieNodeStore(store);
  }

  @Override
  public void close() {
    store.close();
    modules.forEach(PrecompileModule::stop);
  }
}
