package io.coterie.node.rpc.auth;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.nio.file.Path;
import java.util.List;
import org.web3j.crypto.Credentials;

/**
 * A real devnet node (RocksDB, chaincode, block producer) whose ports require tokens, with no
 * credentials file: callers log in with their account's key. txpool and qbft are served, so the
 * role table decides who reaches them.
 */
final class PartnerNode implements AutoCloseable {
  static final List<String> APIS = List.of("eth", "net", "web3", "provenance", "txpool", "qbft");

  final Node node;
  final RpcClient rpc;

  PartnerNode(Path dir, TestClock clock) {
    EndpointAuthConfig addressOnly =
        new EndpointAuthConfig(true, UserCredentials.none(), JwtPublicKey.none(), List.of());
    RpcServerConfig rpcConfig = AuthFixtures.ephemeral(AuthFixtures.both(addressOnly));
    this.node =
        NodeBuilder.build(DevnetConfig.create(dir, 200, rpcConfig, APIS, APIS), clock).start();
    this.rpc = new RpcClient("http://127.0.0.1:" + node.rpc().orElseThrow().httpPort());
  }

  static Credentials account(int index) {
    return Credentials.create(DevnetSpec.accounts().get(index).privateKeyHex());
  }

  String challenge(Credentials key) {
    return rpc.challenge(key);
  }

  RpcClient.Reply login(String message, String signature) {
    return rpc.call(null, "coterie_login", message, signature);
  }

  /** Logs {@code key} in through the JSON-RPC methods; the token. */
  String token(Credentials key) {
    return rpc.addressLogin(key);
  }

  @Override
  public void close() {
    node.close();
  }
}
