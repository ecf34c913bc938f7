package io.coterie.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.p2p.TestPeerNode;
import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.DisconnectReason;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import io.coterie.node.rpc.auth.RpcClient;
import io.coterie.node.rpc.auth.WsClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

/**
 * The operator flow: {@code coterie operator generate-network} writes configs that {@code coterie
 * run --config-file node-i/config.toml} turns into validators which find each other through their
 * static nodes and finalise blocks with node permissioning on (a key the generated allowlists do
 * not name is refused); an allowlist given on the command line keeps out a peer it does not list.
 * JSON-RPC authentication is on: a call without a token gets 401, the operator logs in with the
 * generated password over HTTP and WebSocket, and the administrator account with its own key.
 */
class GeneratedNetworkRunTest {
  @TempDir Path dir;

  /** Node 0's ports answer only callers with a token, which the generated files let one get. */
  private static void assertLoginsRequired(Path out, int basePort) throws Exception {
    RpcClient http = new RpcClient("http://127.0.0.1:" + basePort);
    RpcClient.Reply anonymous = http.call(null, "eth_blockNumber");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body().at("/error/code").asInt()).isEqualTo(-40100);
    assertThat(anonymous.errorMessage()).contains("POST /login", "coterie_login");

    String password = Files.readString(out.resolve("admin/rpc-password"));
    String wrong =
        RpcClient.JSON
            .createObjectNode()
            .put("username", "operator")
            .put("password", password + "x")
            .toString();
    assertThat(http.post("/login", wrong, null).status()).isEqualTo(401);
    String token = http.login("operator", password);
    RpcClient.Reply head = http.call(token, "eth_blockNumber");
    assertThat(head.status()).isEqualTo(200);
    assertThat(Long.decode(head.body().get("result").asText())).isGreaterThanOrEqualTo(3);

    // The WebSocket port: its own /login, the token on the upgrade.
    int wsPort = basePort + 1;
    assertThat(WsClient.rawUpgrade(wsPort, "/", null)).startsWith("HTTP/1.1 401");
    String wsToken = new RpcClient("http://127.0.0.1:" + wsPort).login("operator", password);
    try (WsClient ws = new WsClient("ws://127.0.0.1:" + wsPort, "Bearer " + wsToken)) {
      assertThat(ws.call(RpcClient.request(1, "eth_blockNumber")).get("result").asText())
          .startsWith("0x");
    }

    // A partner logs in with its own key; the administrator holds DEFAULT_ADMIN_ROLE, BRAND_ROLE.
    Credentials admin = Credentials.create(Files.readString(out.resolve("admin/key")));
    String partner = http.addressLogin(admin);
    assertThat(http.call(partner, "eth_blockNumber").status()).isEqualTo(200);
  }

  @Test
  void aOneValidatorConfigIsAcceptedWithAuthenticationOnAndTheOperatorInTheCredentialsFile() {
    Path out = dir.resolve("solo");
    assertThat(
            CliRun.of("operator", "generate-network", "--validators", "1", "--out", out.toString())
                .exitCode())
        .isZero();

    NodeConfig config =
        RunConfigs.of("--config-file", out.resolve("node-0/config.toml").toString());

    for (var endpoint : List.of(config.rpc().auth().http(), config.rpc().auth().ws())) {
      assertThat(endpoint.enabled()).isTrue();
      assertThat(endpoint.users().present()).isTrue();
      assertThat(endpoint.methodsNoAuth()).isEmpty();
    }
  }

  @Test
  void generatedValidatorsConnectThroughStaticNodesAndFinaliseBlocks() throws Exception {
    Path out = dir.resolve("net");
    int basePort = RunConfigs.freeBasePort();
    CliRun generate =
        CliRun.of(
            "operator",
            "generate-network",
            "--validators",
            "4",
            "--out",
            out.toString(),
            "--base-port",
            Integer.toString(basePort));
    assertThat(generate.exitCode()).isZero();
    Path allowlist = dir.resolve("permissions.toml");

    List<Node> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        nodes.add(
            NodeBuilder.build(
                    RunConfigs.of(
                        "--config-file", out.resolve("node-" + i + "/config.toml").toString()))
                .start());
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> nodes.stream().allMatch(n -> n.chain().head().number() >= 3));
      assertThat(nodes).allMatch(Node::isValidator);
      assertThat(nodes).allMatch(n -> n.peers().orElseThrow().peerCount() == 3);
      for (int i = 0; i < 4; i++) {
        assertThat(nodes.get(i).metrics().orElseThrow().port()).isEqualTo(basePort + 10 * i + 3);
      }
      assertLoginsRequired(out, basePort);

      // Node permissioning is on in the generated configs: a key they do not list is refused.
      Enode first = nodes.get(0).peers().orElseThrow().localEnode();
      try (RawRlpxClient stranger = new RawRlpxClient(TestPeerNode.newKey(), first)) {
        assertThat(
                stranger.helloRefusal(
                    List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY), 1))
            .hasValue(DisconnectReason.USELESS_PEER);
      }
      assertThat(nodes.get(0).peers().orElseThrow().metrics().notPermitted()).isEqualTo(1);

      // Node 3 restarts with an allowlist naming only nodes 0 and 1: node 2 is refused.
      List<String> listed = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Enode enode = nodes.get(i).peers().orElseThrow().localEnode();
        listed.add("\"" + enode + "\"");
      }
      Files.writeString(allowlist, "nodes-allowlist = [" + String.join(", ", listed) + "]\n");
      nodes.remove(3).close();
      Node restricted =
          NodeBuilder.build(
                  RunConfigs.of(
                      "--config-file",
                      out.resolve("node-3/config.toml").toString(),
                      "--permissions-nodes-config-file",
                      allowlist.toString()))
              .start();
      nodes.add(restricted);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> restricted.peers().orElseThrow().peerCount() == 2);
      assertThat(restricted.peers().orElseThrow().peers())
          .extracting(peer -> Enode.parse(peer.enode()).nodeId())
          .doesNotContain(nodes.get(2).peers().orElseThrow().localEnode().nodeId());
    } finally {
      nodes.forEach(Node::close);
    }
  }
}
