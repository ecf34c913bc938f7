package io.coterie.node.rpc.auth;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

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

  /**
   * personal_sign by web3j (a client this project did not write): {@code r || s || v} hex, v 27/28.
   */
  static String sign(String message, Credentials key) {
    Sign.SignatureData signature =
        Sign.signPrefixedMessage(message.getBytes(StandardCharsets.UTF_8), key.getEcKeyPair());
    byte[] out = new byte[65];
    System.arraycopy(signature.getR(), 0, out, 0, 32);
    System.arraycopy(signature.getS(), 0, out, 32, 32);
    out[64] = signature.getV()[0];
    return Numeric.toHexString(out);
  }

  String challenge(Credentials key) {
    return rpc.call(null, "coterie_loginChallenge", key.getAddress())
        .body()
        .at("/result/message")
        .asText();
  }

  RpcClient.Reply login(String message, String signature) {
    return rpc.call(null, "coterie_login", message, signature);
  }

  /** Logs {@code key} in through the JSON-RPC methods; the token. */
  String token(Credentials key) {
    String message = challenge(key);
    RpcClient.Reply reply = login(message, sign(message, key));
    if (!reply.body().has("result")) {
      throw new AssertionError("login of " + key.getAddress() + " failed: " + reply.body());
    }
    return reply.body().at("/result/token").asText();
  }

  @Override
  public void close() {
    node.close();
  }
}
