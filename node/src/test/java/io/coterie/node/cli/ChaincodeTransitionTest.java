package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coterie.chaincode.spi.ChaincodeVersionUnavailable;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.genesis.json.GenesisWriter;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.spec.PrecompileGenesis;
import io.coterie.genesis.spec.RoleName;
import io.coterie.node.app.ChainAccess;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.consensus.qbft.extradata.QbftBlockHashing;
import io.coterie.node.consensus.qbft.extradata.QbftExtraData;
import io.coterie.node.consensus.qbft.extradata.QbftExtraDataCodec;
import io.coterie.node.consensus.qbft.message.QbftBlocks;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.BlockTemplate;
import io.coterie.node.execution.BlockVerdict;
import io.coterie.node.execution.ExecutedBlock;
import io.coterie.node.storage.StorageException;
import io.coterie.node.support.DataDirectories;
import io.coterie.node.support.DevKeys;
import io.coterie.node.types.Address;
import io.coterie.node.types.Block;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/**
 * A chain that upgrades Provenance from version 1 to 2 at block 3, over RocksDB: blocks before the
 * transition let a second farm commission the first farm's GTIN, blocks from it on refuse; after a
 * restart over the same database, and in a fresh database fed by {@code blocks import}, every block
 * re-executes to the state root it was sealed with. Executing the same blocks without the
 * transition gives another state root, a genesis that moves the transition below the head is
 * refused, and a node whose binary lacks a scheduled version refuses to start.
 */
class ChaincodeTransitionTest {
  private static final long TRANSITION = 3;
  private static final Address PROVENANCE = Address.of(0x1004);
  private static final String LETTUCE = "10614141000019"; // farm #2's prefix 0614141

  @TempDir static Path shared;
  static Path produced;
  static Path genesisFile;
  static List<Hash> stateRoots = new ArrayList<>();
  static List<List<Boolean>> statuses = new ArrayList<>();

  /** The devnet with a second farm (#1) and Provenance 2 from block 3 (loyalty stays at 1). */
  static ChainSpec spec(List<ChaincodeTransition> transitions) {
    ChainSpec devnet = DevnetSpec.create(1, 1_000);
    SortedMap<String, List<GenesisAddress>> roles = new TreeMap<>(devnet.precompiles().roles());
    roles.put(
        RoleName.FARM_ROLE.name(),
        List.of(DevnetSpec.accounts().get(1).address(), DevnetSpec.accounts().get(2).address()));
    return devnet.toBuilder()
        .precompiles(
            new PrecompileGenesis(
                roles,
                devnet.precompiles().params(),
                devnet.precompiles().governorExclusive(),
                devnet.precompiles().gtinOwners()))
        .transitions(transitions)
        .build();
  }

  static ChainSpec upgrading() {
    return spec(List.of(ChaincodeTransition.at(TRANSITION, Map.of("provenance", 2L))));
  }

  @BeforeAll
  static void produceAChainAcrossTheTransition() throws IOException {
    produced = shared.resolve("produced");
    genesisFile = shared.resolve("genesis.json");
    GenesisWriter.write(upgrading(), genesisFile);
    try (ChainAccess access = ChainAccess.open(produced, upgrading())) {
      long[] nonces = new long[3];
      for (long number = 1; number <= 5; number++) {
        List<Transaction> txs = new ArrayList<>();
        // #1 squats farm #2's GTIN, then farm #2 commissions its own lot
        txs.add(commission(1, nonces[1]++, "SQ-" + number));
        txs.add(commission(2, nonces[2]++, "H-" + number));
        ExecutedBlock block = sealAndImport(access, txs);
        stateRoots.add(block.block().header().stateRoot());
        statuses.add(block.receipts().stream().map(Receipt::success).toList());
      }
    }
  }

  @Test
  void beforeTheTransitionAnyFarmCommissionsFromItOnlyTheGtinsOwner() {
    assertThat(statuses)
        .containsExactly(
            List.of(true, true),
            List.of(true, true),
            List.of(false, true),
            List.of(false, true),
            List.of(false, true));
  }

  @Test
  void afterARestartOverTheSameRocksDbEveryBlockReExecutesToItsStateRoot() {
    try (ChainAccess access = ChainAccess.open(produced, upgrading())) {
      Blockchain chain = access.chain();
      assertThat(chain.head().number()).isEqualTo(5);
      for (long n = 1; n <= 5; n++) {
        BlockHeader parent = chain.headerByNumber(n - 1).orElseThrow();
        Block block = chain.blockByNumber(n).orElseThrow();
        BlockVerdict verdict =
            access.executor().verify(block, parent, chain.hash(parent), chain.stateAt(parent));

        assertThat(verdict).as("block %d", n).isInstanceOf(BlockVerdict.Valid.class);
        assertThat(((BlockVerdict.Valid) verdict).executed().state().rootHash())
            .isEqualTo(stateRoots.get((int) n - 1));
      }
    }
  }

  @Test
  void blocksImportIntoAFreshDatabaseReachesTheSameStateRoots(@TempDir Path dir) {
    Path file = dir.resolve("blocks.rlp");
    Path fresh = dir.resolve("fresh");
    String genesis = genesisFile.toString();

    CliRun exported = exportProduced(file);
    CliRun imported =
        CliRun.of(
            "blocks",
            "import",
            "--data-path",
            fresh.toString(),
            "--genesis-file",
            genesis,
            "--from-file",
            file.toString());
    CliRun verified =
        CliRun.of("db", "verify", "--data-path", fresh.toString(), "--genesis-file", genesis);

    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(verified.exitCode()).as(verified.err()).isZero();
    try (ChainAccess access = ChainAccess.open(fresh, upgrading())) {
      for (long n = 1; n <= 5; n++) {
        assertThat(access.chain().headerByNumber(n).orElseThrow().stateRoot())
            .isEqualTo(stateRoots.get((int) n - 1));
      }
    }
  }

  @Test
  void withoutTheTransitionTheFirstUpgradedBlockDoesNotReExecute(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("blocks.rlp");
    Path original = dir.resolve("original.json");
    GenesisWriter.write(spec(List.of()), original);
    assertThat(exportProduced(file).exitCode()).isZero();

    CliRun imported =
        CliRun.of(
            "blocks",
            "import",
            "--data-path",
            dir.resolve("v1-only").toString(),
            "--genesis-file",
            original.toString(),
            "--from-file",
            file.toString());

    assertThat(imported.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(imported.err()).contains("block " + TRANSITION).contains("stateRoot");
  }

  @Test
  void aGenesisThatMovesTheTransitionBelowTheHeadIsRefusedAndOneAboveItIsNot(@TempDir Path dir)
      throws IOException {
    Path copy = DataDirectories.copy(produced, dir.resolve("copy"));
    ChainSpec moved = spec(List.of(ChaincodeTransition.at(2, Map.of("provenance", 2L))));
    ChainSpec later =
        spec(
            List.of(
                ChaincodeTransition.at(TRANSITION, Map.of("provenance", 2L)),
                ChaincodeTransition.at(50, Map.of("loyalty", 2L))));

    assertThatThrownBy(() -> ChainAccess.open(copy, moved).close())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("executed blocks up to 5 with the chaincode versions {provenance=1}")
        .hasMessageContaining("from block 2")
        .hasMessageContaining("a transition must name a block above the head");
    try (ChainAccess access = ChainAccess.open(copy, later)) {
      assertThat(access.chain().head().number()).isEqualTo(5);
    }
  }

  @Test
  void aBinaryWithoutAScheduledVersionRefusesToOpenTheChainAndTouchesNothing(@TempDir Path dir) {
    ChainSpec future = spec(List.of(ChaincodeTransition.at(1_000, Map.of("provenance", 3L))));
    Path data = dir.resolve("data");

    assertThatThrownBy(() -> ChainAccess.open(data, future))
        .isInstanceOf(ChaincodeVersionUnavailable.class)
        .hasMessageContaining("'provenance' version 3")
        .hasMessageContaining("upgrade the node");
    assertThat(data).doesNotExist();
  }

  @Test
  void coterieRunRefusesToStartWhenTheBinaryLacksAScheduledVersion(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("net");
    assertThat(
            CliRun.of("operator", "generate-network", "--validators", "1", "--out", out.toString())
                .exitCode())
        .isZero();
    Path genesis = out.resolve("genesis.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(genesis.toFile());
    ((ArrayNode) root.path("config").path("coterie").path("transitions"))
        .addObject()
        .put("block", 40)
        .putObject("precompiles")
        .put("dao", 7);
    json.writeValue(genesis.toFile(), root);

    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> CliRun.of("run", "--config-file", out.resolve("node-0/config.toml").toString()));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err())
        .startsWith("error: this node cannot execute the chain its genesis describes")
        .contains("'dao' version 7")
        .contains("upgrade the node");
  }

  private static CliRun exportProduced(Path file) {
    return CliRun.of(
        "blocks",
        "export",
        "--data-path",
        produced.toString(),
        "--genesis-file",
        genesisFile.toString(),
        "--to",
        file.toString());
  }

  private static Transaction commission(int account, long nonce, String lot) {
    Function function =
        new Function(
            "commissionLot",
            List.of(
                new Utf8String(LETTUCE),
                new Utf8String(lot),
                new Uint8(5), // commissioning
                new Uint8(1), // active
                new Uint64(1),
                new Utf8String(""),
                new Utf8String(""),
                new Bool(false),
                new Int32(0),
                new Int32(0),
                new Bytes32(new byte[32]),
                new Utf8String("")),
            List.of());
    return DevKeys.call(
        DevKeys.account(account),
        nonce,
        PROVENANCE,
        BigInteger.ZERO,
        Bytes.of(Numeric.hexStringToByteArray(FunctionEncoder.encode(function))),
        1_000_000);
  }

  /** Builds the next block with {@code txs}, seals it with the one validator and imports it. */
  private static ExecutedBlock sealAndImport(ChainAccess access, List<Transaction> txs) {
    Blockchain chain = access.chain();
    NodeKey validator =
        new NodeKey(PrivateKey.fromBigInteger(DevnetSpec.validatorKeys(1).get(0).privateKey()));
    List<Address> validators =
        QbftBlocks.extraData(chain.headerByNumber(0).orElseThrow()).validators();
    BlockHeader parent = chain.head();
    BlockTemplate template =
        new BlockTemplate(
            (parent.number() + 1) * 2,
            Address.wrap(validator.publicKey().addressBytes()),
            Bytes.of(
                QbftExtraDataCodec.encode(QbftExtraData.unsealed(validators, Optional.empty(), 0))),
            QbftBlockHashing.MIX_HASH);
    ExecutedBlock built =
        access.executor().build(parent, chain.headHash(), chain.headWorldState(), template, txs);
    assertThat(built.block().transactions()).hasSameSizeAs(txs);
    Bytes seal =
        Bytes.of(
            validator
                .sign(QbftBlockHashing.commitSealHash(built.block().header()).toArray())
                .toBytes65());
    ExecutedBlock sealed =
        new ExecutedBlock(
            QbftBlocks.withSeals(built.block(), List.of(seal)),
            built.receipts(),
            built.state(),
            built.nodes());
    access.importer().importBlock(sealed);
    return sealed;
  }
}
