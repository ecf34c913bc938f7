package io.coterie.node.bench;

import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.RoleName;
import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.chain.ChainOpener;
import io.coterie.node.chain.GenesisBlockBuilder;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.BlockTemplate;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.execution.ExecutionRules;
import io.coterie.node.execution.PrecompileHost;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.storage.KeyValueStore;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Destination;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Building and importing one block of native transfers on the devnet chain over RocksDB: sender
 * recovery (transactions are decoded fresh, so recovery is paid here), execution, state root,
 * receipts root and the atomic write. Not a test: run {@link #main} outside {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BlockImportBenchmark {
  private static final int BLOCKS = 40;

  @Param({"1000"})
  public int transactionsPerBlock;

  private Path dataDir;
  private KeyValueStore store;
  private Blockchain chain;
  private BlockImporter importer;
  private BlockExecutor executor;
  private List<List<byte[]>> blocks;
  private int next;
  private Bytes extraData;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dataDir = Files.createTempDirectory("coterie-bench");
    store = RocksDbStore.open(dataDir, RocksDbStore.Settings.defaults());
    ChainSpec spec = DevnetSpec.create(1, 1000);
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry services = ServiceRegistry.create();
    modules.forEach(module -> module.register(services));
    modules.forEach(PrecompileModule::start);
    TransactionProcessor processor =
        new TransactionProcessor(
            new PrecompileHost(PrecompileDirectory.of(modules)),
            new ExecutionRules(spec.chainId(), true, true));
    executor = new BlockExecutor(processor);
    List<Address> validators = List.of(Address.fromHex(spec.validators().get(0).hex()));
    extraData =
        Bytes.of(
            QbftExtraDataCodec.encode(QbftExtraData.unsealed(validators, Optional.empty(), 0)));
    ExecutedBlock genesis =
        GenesisBlockBuilder.build(
            spec, processor, new TrieNodeStore(store), extraData, QbftBlockHashing.MIX_HASH);
    ChainOpener.OpenedChain opened =
        ChainOpener.open(dataDir, store, spec.chainId(), genesis, new QbftBlockHashing());
    chain = opened.chain();
    importer = opened.importer();

    // The auditor reads and never sends: the chain refuses its transactions.
    List<TransactionSigner> signers = new ArrayList<>();
    DevnetSpec.accounts().stream()
        .filter(a -> !spec.precompiles().holders(RoleName.AUDITOR_ROLE).contains(a.address()))
        .forEach(
            a ->
                signers.add(
                    new TransactionSigner(
                        PrivateKey.fromBigInteger(a.privateKey()), spec.chainId())));
    long[] nonces = new long[signers.size()];
    blocks = new ArrayList<>();
    for (int b = 0; b < BLOCKS; b++) {
      List<byte[]> encoded = new ArrayList<>();
      for (int i = 0; i < transactionsPerBlock; i++) {
        int s = i % signers.size();
        Transaction tx =
            signers
                .get(s)
                .dynamicFee(
                    nonces[s]++,
                    BigInteger.ZERO,
                    BigInteger.ZERO,
                    21_000,
                    Destination.call(Address.of(0x10000L + i)),
                    BigInteger.ONE,
                    Bytes.EMPTY,
                    List.of());
        encoded.add(TransactionCodec.encode(tx));
      }
      blocks.add(encoded);
    }
  }

  @Benchmark
  public void buildAndImportBlock() {
    List<Transaction> txs = new ArrayList<>();
    for (byte[] encoded : blocks.get(next++)) {
      txs.add(TransactionCodec.decode(encoded));
    }
    long timestamp = chain.head().timestamp() + 1;
    ExecutedBlock block =
        executor.build(
            chain.head(),
            chain.headHash(),
            chain.headWorldState(),
            new BlockTemplate(timestamp, Address.ZERO, extraData, QbftBlockHashing.MIX_HASH),
            txs);
    if (block.block().transactions().size() != transactionsPerBlock) {
      throw new IllegalStateException(
          "only " + block.block().transactions().size() + " transactions fit");
    }
    importer.importBlock(block);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    store.close();
    try (var paths = Files.walk(dataDir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  public static void main(String[] args) throws Exception {
    new Runner(
            new OptionsBuilder()
                .include(BlockImportBenchmark.class.getSimpleName())
                .forks(1)
                .warmupIterations(10)
                .measurementIterations(BLOCKS - 10)
                .build())
        .run();
  }
}
