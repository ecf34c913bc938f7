package io.coterie.node.cli.subcommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.Node;
import io.coterie.node.app.NodeConfig;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevnetNodesTest {
  private static final RpcServerConfig EPHEMERAL_RPC =
      RpcServerConfig.defaults().withHttp(true, "127.0.0.1", 0).withWs(true, "127.0.0.1", 0);

  @Test
  void validatorsBindTheirOwnP2pPortsThenPeerAtTheBoundAddressesAndFinalise(@TempDir Path dir) {
    try (DevnetNodes devnet =
        DevnetNodes.start(
            dir,
            4,
            250,
            EPHEMERAL_RPC,
            NodeConfig.DEFAULT_APIS,
            NodeConfig.DEFAULT_APIS,
            io.coterie.node.app.DevnetConfig.relayer())) {
      assertThat(devnet.configs())
          .as("no port is picked before binding, so none can be taken in between")
          .extracting(config -> config.network().port())
          .containsOnly(0);
      List<Integer> bound =
          devnet.nodes().stream()
              .map(node -> node.peers().orElseThrow().localAddress().getPort())
              .toList();
      assertThat(bound).doesNotHaveDuplicates().allMatch(port -> port > 0);

      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  devnet.nodes().stream()
                      .allMatch(node -> node.peers().orElseThrow().peerCount() == 3));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> devnet.nodes().stream().allMatch(node -> node.chain().head().number() >= 3));
      Node first = devnet.nodes().get(0);
      for (Node node : devnet.nodes()) {
        assertThat(node.chain().hash(node.chain().headerByNumber(3).orElseThrow()))
            .isEqualTo(first.chain().hash(first.chain().headerByNumber(3).orElseThrow()));
      }
      assertThat(devnet.configs()).extracting(NodeConfig::dataPath).doesNotHaveDuplicates();
    }
  }
}
