package io.coterie.node.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.coterie.chaincode.abi.Selector;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.chain.Blockchain;
import io.coterie.node.chain.TxLocation;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.CallOutcome;
import io.coterie.node.execution.CallRequest;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.state.Account;
import io.coterie.node.storage.StorageException;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.TestNode;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TxRejection;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Receipt;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevnetChainTest {
  private static final Address ROLES = Address.of(0x1000);
  private static final BigInteger ONE_COIN = BigInteger.TEN.pow(18);

  @TempDir Path dataDir;

  private static Hash submit(TestNode node, Transaction tx) {
    AddResult result = node.node().pool().add(tx);
    assertThat(result).isInstanceOf(AddResult.Added.class);
    return tx.hash();
  }

  private static TxLocation awaitMined(TestNode node, Hash txHash) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> node.node().chain().transactionLocation(txHash).isPresent());
    return node.node().chain().transactionLocation(txHash).orElseThrow();
  }

  private static Receipt receipt(Blockchain chain, TxLocation location) {
    return chain.receipts(location.blockHash()).orElseThrow().get(location.index());
  }

  private static Bytes grantRoleCalldata(byte[] role, Address account) {
    return Bytes.of(
        ByteBuffer.allocate(68)
            .put(Selector.of("grantRole(bytes32,address)").bytes())
            .put(role)
            .put(new byte[12])
            .put(account.toArray())
            .array());
  }

  @Test
  void producesBlocksOnTopOfGenesis() {
    try (TestNode node = TestNode.devnet(dataDir)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> node.node().chain().head().number() >= 3);
      Blockchain chain = node.node().chain();
      assertThat(chain.headerByNumber(1).orElseThrow().parentHash())
          .isEqualTo(chain.hash(chain.headerByNumber(0).orElseThrow()));
    }
  }

  @Test
  void minesATransferAndMovesTheBalance() {
    try (TestNode node = TestNode.devnet(dataDir)) {
      TransactionSigner admin = DevKeys.account(0);
      Address recipient = DevKeys.address(5);
      Hash hash = submit(node, DevKeys.call(admin, 0, recipient, ONE_COIN, Bytes.EMPTY, 21_000));

      TxLocation location = awaitMined(node, hash);

      Blockchain chain = node.node().chain();
      assertThat(receipt(chain, location).success()).isTrue();
      Account after = chain.stateAt(chain.head()).account(recipient).orElseThrow();
      assertThat(after.balance())
          .isEqualTo(ONE_COIN.multiply(BigInteger.valueOf(DevnetSpec.COINS_PER_ACCOUNT + 1)));
      assertThat(node.node().pool().nextNonce(admin.address())).isEqualTo(1);
    }
  }

  @Test
  void adminGrantsARoleThroughTheRolesPrecompile() {
    try (TestNode node = TestNode.devnet(dataDir)) {
      Address newcomer = Address.of(0xabcdef);
      Hash hash =
          submit(
              node,
              DevKeys.call(
                  DevKeys.account(0),
                  0,
                  ROLES,
                  BigInteger.ZERO,
                  grantRoleCalldata(StandardRoles.MEMBER_ROLE.bytes(), newcomer),
                  200_000));

      Receipt receipt = receipt(node.node().chain(), awaitMined(node, hash));

      assertThat(receipt.success()).isTrue();
      assertThat(receipt.logs()).hasSize(1);
      assertThat(receipt.logs().get(0).topics().get(0))
          .isEqualTo(Hash.keccak("RoleGranted(bytes32,address,address)".getBytes()));
      Bytes hasRole =
          Bytes.of(
              ByteBuffer.allocate(68)
                  .put(Selector.of("hasRole(bytes32,address)").bytes())
                  .put(StandardRoles.MEMBER_ROLE.bytes())
                  .put(new byte[12])
                  .put(newcomer.toArray())
                  .array());
      CallOutcome outcome =
          node.node()
              .simulator()
              .call(
                  new CallRequest(
                      Address.ZERO,
                      Optional.of(ROLES),
                      Optional.empty(),
                      BigInteger.ZERO,
                      BigInteger.ZERO,
                      hasRole),
                  node.node().chain().head());
      assertThat(outcome).isInstanceOf(CallOutcome.Success.class);
      assertThat(((CallOutcome.Success) outcome).returnData().get(31)).isEqualTo((byte) 1);
    }
  }

  @Test
  void aMemberCannotGrantRolesAndTheRevertIsRecorded() {
    try (TestNode node = TestNode.devnet(dataDir)) {
      Hash hash =
          submit(
              node,
              DevKeys.call(
                  DevKeys.account(4),
                  0,
                  ROLES,
                  BigInteger.ZERO,
                  grantRoleCalldata(StandardRoles.MEMBER_ROLE.bytes(), Address.of(7)),
                  200_000));

      Receipt receipt = receipt(node.node().chain(), awaitMined(node, hash));

      assertThat(receipt.success()).isFalse();
      assertThat(receipt.logs()).isEmpty();
    }
  }

  @Test
  void anAccountWithoutARoleIsRefusedAtThePool() {
    try (TestNode node = TestNode.devnet(dataDir)) {
      TransactionSigner outsider =
          new TransactionSigner(PrivateKey.random(new SecureRandom()), DevKeys.CHAIN_ID);

      AddResult result =
          node.node()
              .pool()
              .add(
                  DevKeys.call(
                      outsider, 0, DevKeys.address(0), BigInteger.ZERO, Bytes.EMPTY, 21_000));

      assertThat(result).isInstanceOf(AddResult.Rejected.class);
      assertThat(((AddResult.Rejected) result).reason()).isEqualTo(TxRejection.NOT_PERMITTED);
    }
  }

  @Test
  void restartResumesAtTheCommittedHeadWithItsTransactions() {
    Hash hash;
    long headBefore;
    try (TestNode node = TestNode.devnet(dataDir)) {
      hash =
          submit(
              node,
              DevKeys.call(
                  DevKeys.account(0), 0, DevKeys.address(6), ONE_COIN, Bytes.EMPTY, 21_000));
      awaitMined(node, hash);
      headBefore = node.node().chain().head().number();
    }
    try (TestNode node = TestNode.devnet(dataDir)) {
      assertThat(node.node().chain().head().number()).isGreaterThanOrEqualTo(headBefore);
      assertThat(node.node().chain().transactionLocation(hash)).isPresent();
      assertThat(node.node().pool().nextNonce(DevKeys.address(0))).isEqualTo(1);
    }
  }

  @Test
  void aNodeWithoutAnHttpListenerStartsAndProducesBlocks() {
    RpcServerConfig wsOnly =
        RpcServerConfig.defaults().withHttp(false, "127.0.0.1", 0).withWs(true, "127.0.0.1", 0);
    try (Node node = NodeBuilder.build(DevnetConfig.create(dataDir, 200, wsOnly)).start()) {
      await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().head().number() >= 1);
      assertThat(node.rpc().orElseThrow().describeListeners()).startsWith("http=off ws=");
    }
  }

  @Test
  void refusesADataDirectoryOfAnotherChain() {
    try (TestNode node = TestNode.devnet(dataDir)) {
      assertThat(node.node().chain().chainId()).isEqualTo(DevKeys.CHAIN_ID);
    }
    NodeConfig devnet =
        DevnetConfig.create(
            dataDir, 200, RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0));
    NodeConfig otherChain =
        new NodeConfig(
            dataDir,
            devnet.chainSpec().toBuilder().chainId(4242).build(),
            devnet.nodeKey(),
            devnet.rpc(),
            devnet.rpcApis(),
            devnet.minGasPrice(),
            devnet.poolLimits(),
            devnet.version());

    assertThatThrownBy(() -> NodeBuilder.build(otherChain))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("--data-path");
  }
}
