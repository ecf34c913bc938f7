package io.coterie.node.metrics;

import static io.coterie.node.metrics.Scrapes.call;
import static io.coterie.node.metrics.Scrapes.get;
import static io.coterie.node.metrics.Scrapes.rpcUrl;
import static io.coterie.node.metrics.Scrapes.startNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.p2p.TestPeerNode;
import io.coterie.node.p2p.protocol.ConsensusProtocol;
import io.coterie.node.p2p.protocol.GossipProtocol;
import io.coterie.node.p2p.rlpx.RawRlpxClient;
import io.coterie.node.rpc.auth.EndpointAuthConfig;
import io.coterie.node.rpc.auth.JwtPublicKey;
import io.coterie.node.rpc.auth.RpcAuthConfig;
import io.coterie.node.rpc.auth.UserCredentials;
import io.coterie.node.rpc.server.RpcServerConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthEndpointTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String UP = "{\"status\":\"UP\"}";
  private static final String DOWN = "{\"status\":\"DOWN\"}";

  @Test
  void devnetNodeIsLiveAndReadyWithoutATokenWhileRpcNeedsOne(@TempDir Path dir) throws Exception {
    RpcServerConfig rpc =
        RpcServerConfig.defaults()
            .withHttp(true, "127.0.0.1", 0)
            .withWs(false, "127.0.0.1", 0)
            .withAuth(
                RpcAuthConfig.off()
                    .withHttp(
                        new EndpointAuthConfig(
                            true, UserCredentials.none(), JwtPublicKey.none(), List.of())));
    // P2P off: readiness checks no peer count, as in Besu
    try (Node node = NodeBuilder.build(DevnetConfig.create(dir, 200, rpc)).start()) {
      assertThat(call(node, "eth_blockNumber").statusCode()).isEqualTo(401);

      HttpResponse<String> live = get(rpcUrl(node, "/liveness"));
      HttpResponse<String> ready = get(rpcUrl(node, "/readiness"));

      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(live.body()).isEqualTo(UP);
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo(UP);
      assertThat(get(rpcUrl(node, "/readiness?minPeers=5")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void readinessCountsPeersAgainstMinPeers(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      HttpResponse<String> alone = get(rpcUrl(node, "/readiness"));
      assertThat(alone.statusCode()).isEqualTo(503);
      assertThat(alone.body()).isEqualTo(DOWN);
      assertThat(get(rpcUrl(node, "/readiness?minPeers=0")).statusCode()).isEqualTo(200);
      assertThat(get(rpcUrl(node, "/readiness?minPeers=0&maxBlocksBehind=0")).statusCode())
          .isEqualTo(200);

      try (RawRlpxClient raw =
          new RawRlpxClient(TestPeerNode.newKey(), node.peers().orElseThrow().localEnode())) {
        raw.hello(List.of(GossipProtocol.CAPABILITY, ConsensusProtocol.CAPABILITY), 1);
        await().atMost(WAIT).until(() -> get(rpcUrl(node, "/readiness")).statusCode() == 200);

        assertThat(get(rpcUrl(node, "/readiness?minPeers=5")).statusCode()).isEqualTo(503);
        assertThat(get(rpcUrl(node, "/liveness")).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void badParametersAndOtherMethodsAreRefusedClearly(@TempDir Path dir) throws Exception {
    try (Node node = startNode(dir)) {
      HttpResponse<String> bad = get(rpcUrl(node, "/readiness?minPeers=lots"));
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("minPeers must be a whole number").doesNotContain("lots");
      assertThat(get(rpcUrl(node, "/readiness?maxBlocksBehind=-1")).statusCode()).isEqualTo(400);

      HttpResponse<String> post =
          Scrapes.HTTP.send(
              HttpRequest.newBuilder(URI.create(rpcUrl(node, "/liveness")))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
    }
  }
}
