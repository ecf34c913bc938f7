package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.app.ChainAccess;
import io.coterie.node.storage.Column;
import io.coterie.node.storage.RocksDbStore;
import io.coterie.node.storage.WriteBatch;
import io.coterie.node.support.DataDirectories;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.TestNode;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db verify} and {@code blocks export|import} on a chain a real devnet node produced. */
class ChainToolsTest {
  private static final Address ROLES = Address.of(0x1000);

  @TempDir static Path shared;
  static Path produced;

  @BeforeAll
  static void produceAChain() {
    produced = shared.resolve("produced");
    try (TestNode node = TestNode.devnet(produced)) {
      Transaction transfer =
          DevKeys.call(
              DevKeys.account(0), 0, DevKeys.address(5), BigInteger.TEN, Bytes.EMPTY, 21_000);
      Transaction grant =
          DevKeys.call(
              DevKeys.account(0),
              1,
              ROLES,
              BigInteger.ZERO,
              Bytes.of(
                  ByteBuffer.allocate(68)
                      .put(Selector.of("grantRole(bytes32,address)").bytes())
                      .put(StandardRoles.MEMBER_ROLE.bytes())
                      .put(new byte[12])
                      .put(Address.of(0xabcdef).toArray())
                      .array()),
              200_000);
      assertThat(node.node().pool().add(transfer)).isInstanceOf(AddResult.Added.class);
      assertThat(node.node().pool().add(grant)).isInstanceOf(AddResult.Added.class);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  node.node().chain().transactionLocation(grant.hash()).isPresent()
                      && node.node().chain().head().number() >= 4);
    }
  }

  private static BlockHeader head(Path dataDir) {
    try (ChainAccess access = ChainAccess.open(dataDir, DevnetSpec.create(1, 1_000))) {
      return access.chain().head();
    }
  }

  @Test
  void verifyPassesOnADataDirectoryANodeWrote() {
    CliRun run = CliRun.of("db", "verify", "--data-path", produced.toString(), "--devnet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Eleven funded dev accounts, the roles precompile's account (role storage), the GTIN
    // registry's (farm #2's prefix) and the five that genesis setup calls write: the loyalty and
    // membership registries, CPT, the member cards and member accounts (the devnet passkey's).
    assertThat(run.out()).contains("OK: head").contains("2 transactions").contains("18 accounts");
  }

  @Test
  void verifyFailsWhenAStorageTrieNodeIsMissing(@TempDir Path dir) throws IOException {
    Path damaged = DataDirectories.copy(produced, dir.resolve("damaged"));
    Hash storageRoot;
    try (ChainAccess access = ChainAccess.open(damaged, DevnetSpec.create(1, 1_000))) {
      storageRoot =
          access.chain().stateAt(access.chain().head()).account(ROLES).orElseThrow().storageRoot();
    }
    try (RocksDbStore store = RocksDbStore.open(damaged, RocksDbStore.Settings.defaults())) {
      store.commit(new WriteBatch().delete(Column.TRIE, storageRoot.toArray()));
    }

    CliRun run = CliRun.of("db", "verify", "--data-path", damaged.toString(), "--devnet");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err())
        .contains("storage trie of account")
        .contains(storageRoot + " is missing")
        .contains("problem");
  }

  @Test
  void verifyFailsWhenATransactionIndexEntryIsMissing(@TempDir Path dir) throws IOException {
    Path damaged = DataDirectories.copy(produced, dir.resolve("damaged"));
    Hash txHash;
    try (ChainAccess access = ChainAccess.open(damaged, DevnetSpec.create(1, 1_000))) {
      var chain = access.chain();
      txHash =
          java.util.stream.LongStream.rangeClosed(1, chain.head().number())
              .mapToObj(n -> chain.blockByNumber(n).orElseThrow())
              .flatMap(b -> b.transactions().stream())
              .findFirst()
              .orElseThrow()
              .hash();
    }
    byte[] key = new byte[33];
    key[0] = 't';
    System.arraycopy(txHash.toArray(), 0, key, 1, 32);
    try (RocksDbStore store = RocksDbStore.open(damaged, RocksDbStore.Settings.defaults())) {
      store.commit(new WriteBatch().delete(Column.CHAIN, key));
    }

    CliRun run = CliRun.of("db", "verify", "--data-path", damaged.toString(), "--devnet");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains(txHash + " is not indexed");
  }

  @Test
  void exportThenImportIntoAFreshDirectoryGivesTheSameHead(@TempDir Path dir) {
    Path file = dir.resolve("blocks.rlp");
    Path fresh = dir.resolve("fresh");

    CliRun exported =
        CliRun.of(
            "blocks",
            "export",
            "--data-path",
            produced.toString(),
            "--devnet",
            "--to",
            file.toString());
    CliRun imported =
        CliRun.of(
            "blocks",
            "import",
            "--data-path",
            fresh.toString(),
            "--devnet",
            "--from-file",
            file.toString());

    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    BlockHeader original = head(produced);
    BlockHeader copy = head(fresh);
    assertThat(copy).isEqualTo(original);
    assertThat(copy.stateRoot()).isEqualTo(original.stateRoot());
    assertThat(imported.out()).contains("1 already present");
    assertThat(CliRun.of("db", "verify", "--data-path", fresh.toString(), "--devnet").exitCode())
        .isZero();
  }

  @Test
  void importRefusesABlockThatDoesNotVerify(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("blocks.rlp");
    CliRun.of(
        "blocks",
        "export",
        "--data-path",
        produced.toString(),
        "--devnet",
        "--to",
        file.toString(),
        "--from",
        "1",
        "--to-block",
        "2");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, tamperedStateRoot(bytes));

    CliRun run =
        CliRun.of(
            "blocks",
            "import",
            "--data-path",
            dir.resolve("fresh").toString(),
            "--devnet",
            "--from-file",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("block 1").contains("does not verify").contains("stateRoot");
  }

  /** Flips a byte of block 1's state root (header field 4, after parent, ommers and coinbase). */
  private static byte[] tamperedStateRoot(byte[] blocks) {
    var first = io.coterie.node.types.BlockCodec.decode(firstItem(blocks));
    byte[] root = first.header().stateRoot().toArray();
    int at = indexOf(blocks, root);
    blocks[at + 5] ^= 0x01;
    return blocks;
  }

  private static byte[] firstItem(byte[] blocks) {
    return new io.coterie.node.rlp.RlpReader(blocks).readRaw();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("state root not found in the exported bytes");
  }
}
