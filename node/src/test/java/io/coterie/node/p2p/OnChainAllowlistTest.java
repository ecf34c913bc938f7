package io.coterie.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.chaincode.noderules.AllowedNode;
import io.coterie.chaincode.noderules.NodeRulesPrecompile;
import io.coterie.chaincode.noderules.NodeRulesReader;
import io.coterie.node.app.Node;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.execution.ReadOnlyWorldStorage;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.support.DevKeys;
import io.coterie.node.support.LocalValidatorNetwork;
import io.coterie.node.txpool.AddResult;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.Bytes;
import io.coterie.node.types.TransactionSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

/**
 * The on-chain node allowlist (NodeRules precompile, {@code 0x…1006}) over real nodes on 127.0.0.1:
 * a validator with node permissioning admits a peer that only the chain lists, and drops and
 * refuses it once an admin's transaction takes it off the list.
 */
class OnChainAllowlistTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Address NODE_RULES = Address.wrap(NodeRulesPrecompile.ADDRESS.bytes());
  private static final NodeRulesReader READER = new NodeRulesReader();

  @Test
  void aPeerOnlyOnTheChainsListConnectsAndIsDroppedWhenAnAdminRemovesIt(@TempDir Path dir) {
    NodeKey outsiderKey = new NodeKey(PrivateKey.fromBigInteger(BigInteger.valueOf(0x0dd5)));
    AllowedNode outsiderEntry = AllowedNode.ofId(outsiderKey.publicKey().toBytes());
    try (LocalValidatorNetwork net = LocalValidatorNetwork.start(dir.resolve("net"), 1);
        Node outsider = net.startOutsider(dir.resolve("outsider"), outsiderKey)) {
      Node validator = net.node(0);
      PeerManager peers = validator.peers().orElseThrow();
      await().atMost(TIMEOUT).until(() -> peers.metrics().notPermitted() >= 1);
      assertThat(peers.isConnected(outsiderKey.publicKey())).isFalse();

      TransactionSigner admin = DevKeys.account(0);
      submit(validator.pool(), admin, "addNode(bytes32,bytes32)", outsiderEntry);
      await().atMost(TIMEOUT).until(() -> onChainList(validator).contains(outsiderEntry));
      await().atMost(TIMEOUT).until(() -> peers.isConnected(outsiderKey.publicKey()));
      await()
          .atMost(TIMEOUT)
          .until(() -> outsider.chain().head().number() >= validator.chain().head().number() - 1);

      long refusedBefore = peers.metrics().notPermitted();
      submit(validator.pool(), admin, "removeNode(bytes32,bytes32)", outsiderEntry);
      await().atMost(TIMEOUT).until(() -> !onChainList(validator).contains(outsiderEntry));
      await().atMost(TIMEOUT).until(() -> !peers.isConnected(outsiderKey.publicKey()));
      // The outsider dials again (it keeps the validator as a static node) and is refused.
      await().atMost(TIMEOUT).until(() -> peers.metrics().notPermitted() > refusedBefore + 1);
      assertThat(peers.isConnected(outsiderKey.publicKey())).isFalse();
    }
  }

  private static List<AllowedNode> onChainList(Node node) {
    return READER.nodes(new ReadOnlyWorldStorage(node.chain().headWorldState()));
  }

  private static void submit(
      TransactionPool pool, TransactionSigner admin, String signature, AllowedNode node) {
    byte[] data = new byte[4 + 64];
    System.arraycopy(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)), 0, data, 0, 4);
    System.arraycopy(node.id(), 0, data, 4, 64);
    long nonce = pool.nextNonce(admin.address());
    assertThat(
            pool.add(
                DevKeys.call(admin, nonce, NODE_RULES, BigInteger.ZERO, Bytes.of(data), 200_000)))
        .isInstanceOf(AddResult.Added.class);
  }
}
