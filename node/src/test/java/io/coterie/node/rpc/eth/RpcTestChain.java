package io.coterie.node.rpc.eth;

import io.coterie.chaincode.spi.PrecompileDirectory;
import io.coterie.chaincode.spi.PrecompileLoader;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import io.coterie.genesis.devnet.DevAccount;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.chain.BlockImporter;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.chain.ChainOpener;
import io.coterie.node.chain.GenesisBlockBuilder;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.BlockExecutor;
import io.coterie.node.execution.BlockTemplate;
import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.execution.ExecutionRules;
import io.coterie.node.execution.PrecompileHost;
import io.coterie.node.execution.Simulator;
import io.coterie.node.execution.TransactionProcessor;
import io.coterie.node.storage.InMemoryKeyValueStore;
import io.coterie.node.storage.TrieNodeStore;
import io.coterie.node.txpool.NonceOrderedPool;
import io.coterie.node.txpool.PoolLimits;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real single-validator devnet chain in memory: devnet genesis, the chain store over an in-memory
 * key-value store, the real executor, precompiles and simulator. {@link #mine} builds, seals and
 * imports a block from the given transactions, as the validator's producer does.
 */
final class RpcTestChain {
  final Blockchain chain;
  final BlockImporter importer;
  final Simulator simulator;
  final PrecompileHost host;
  final NonceOrderedPool pool;
  private final BlockExecutor executor;
  private final NodeKey validatorKey;
  private final List<Address> validators;

  private RpcTestChain(Path dataDir) {
    ChainSpec spec = DevnetSpec.create(1, 1_000);
    DevAccount validator = DevnetSpec.validatorKeys(1).get(0);
    this.validatorKey = new NodeKey(PrivateKey.fromBigInteger(validator.privateKey()));
    this.validators = List.of(Address.fromHex(validator.address().hex()));
    InMemoryKeyValueStore store = new InMemoryKeyValueStore();
    Bytes extraData =
        Bytes.of(
            QbftExtraDataCodec.encode(QbftExtraData.unsealed(validators, Optional.empty(), 0)));
    List<PrecompileModule> modules = PrecompileLoader.load();
    ServiceRegistry registry = ServiceRegistry.create();
    modules.forEach(m -> m.register(registry));
    modules.forEach(PrecompileModule::start);
    this.host = new PrecompileHost(PrecompileDirectory.of(modules));
    TransactionProcessor processor =
        new TransactionProcessor(host, new ExecutionRules(spec.chainId(), true, true));
    ExecutedBlock genesis =
        GenesisBlockBuilder.build(
            spec, processor, new TrieNodeStore(store), extraData, QbftBlockHashing.MIX_HASH);
    ChainOpener.OpenedChain opened =
        ChainOpener.open(dataDir, store, spec.chainId(), genesis, new QbftBlockHashing());
    this.chain = opened.chain();
    this.importer = opened.importer();
    this.executor = new BlockExecutor(processor);
    this.simulator = new Simulator(processor, chain::stateAt);
    this.pool =
        new NonceOrderedPool(
            chain::headWorldState,
            spec.chainId(),
            () -> chain.head().gasLimit(),
            BigInteger.ZERO,
            true,
            PoolLimits.DEFAULTS);
    importer.addListener(pool);
  }

  static RpcTestChain devnet(Path dataDir) {
    return new RpcTestChain(dataDir);
  }

  /** A signer for development account {@code index} (0 admin, 1 shop, ..., 4-9 members). */
  static TransactionSigner account(int index) {
    DevAccount account = DevnetSpec.accounts().get(index);
    return new TransactionSigner(
        PrivateKey.fromBigInteger(account.privateKey()), DevnetSpec.CHAIN_ID);
  }

  /** Builds, seals and imports the next block with {@code transactions}; returns it. */
  Block mine(Transaction... transactions) {
    BlockHeader parent = chain.head();
    QbftExtraData extra = QbftExtraData.unsealed(validators, Optional.empty(), 0);
    BlockTemplate template =
        new BlockTemplate(
            parent.timestamp() + 1,
            validators.get(0),
            Bytes.of(QbftExtraDataCodec.encode(extra)),
            QbftBlockHashing.MIX_HASH);
    ExecutedBlock built =
        executor.build(
            parent, chain.headHash(), chain.headWorldState(), template, List.of(transactions));
    BlockHeader unsealed = built.block().header();
    Bytes seal =
        Bytes.of(
            validatorKey.sign(QbftBlockHashing.commitSealHash(unsealed).toArray()).toBytes65());
    BlockHeader sealed =
        unsealed.withExtraData(Bytes.of(QbftExtraDataCodec.encode(extra.withSeals(List.of(seal)))));
    Block block = new Block(sealed, built.block().transactions());
    importer.importBlock(new ExecutedBlock(block, built.receipts(), built.state(), built.nodes()));
    return block;
  }

  /**
   * What a proposer would build on the head from {@code candidates}, unsealed and not imported: the
   * builder leaves out transactions that may not run.
   */
  Block build(Transaction... candidates) {
    BlockHeader parent = chain.head();
    QbftExtraData extra = QbftExtraData.unsealed(validators, Optional.empty(), 0);
    BlockTemplate template =
        new BlockTemplate(
            parent.timestamp() + 1,
            validators.get(0),
            Bytes.of(QbftExtraDataCodec.encode(extra)),
            QbftBlockHashing.MIX_HASH);
    return executor
        .build(parent, chain.headHash(), chain.headWorldState(), template, List.of(candidates))
        .block();
  }

  /** A validator's verdict on {@code block} as the head's child: re-executed on the head state. */
  BlockVerdict verify(Block block) {
    return executor.verify(block, chain.head(), chain.headHash(), chain.headWorldState());
  }

  /** Mines the next block from what the pool selects, as the validator's producer does. */
  Block mineFromPool() {
    return mine(pool.selectForBlock(chain.head().gasLimit()).toArray(Transaction[]::new));
  }

  Address validator() {
    return validators.get(0);
  }
}
