package io.coterie.node.support;

import io.coterie.node.app.DevnetConfig;
import io.coterie.node.app.Node;
import io.coterie.node.app.NodeBuilder;
import io.coterie.node.rpc.server.RpcLimits;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.rpc.server.WebConfig;
import java.nio.file.Path;

/**
 * A real devnet node for tests: RocksDB in the given directory, the real chaincode, a real block
 * producer, JSON-RPC over HTTP and WebSocket on ephemeral ports of 127.0.0.1.
 */
public final class TestNode implements AutoCloseable {
  /** Short blocks keep tests quick; the production loop is the same as the devnet's. */
  public static final long BLOCK_PERIOD_MILLIS = 200;

  private final Node node;

  private TestNode(Node node) {
    this.node = node;
  }

  public static TestNode devnet(Path dataDir) {
    return devnet(dataDir, RpcLimits.defaults());
  }

  /** As {@link #devnet(Path)}, with the RPC limits given. */
  public static TestNode devnet(Path dataDir, RpcLimits limits) {
    RpcServerConfig rpc =
        RpcServerConfig.defaults()
            .withHttp(true, "127.0.0.1", 0)
            .withWs(true, "127.0.0.1", 0)
            .withRpcLimits(limits);
    return new TestNode(
        NodeBuilder.build(DevnetConfig.create(dataDir, BLOCK_PERIOD_MILLIS, rpc)).start());
  }

  /**
   * As {@link #devnet(Path)}, with the web listener ({@code --web-enabled}) on an ephemeral port
   * and the request body limit given.
   */
  public static TestNode devnetWithWebListener(Path dataDir, int maxBodyBytes) {
    return devnetWithWebListener(dataDir, maxBodyBytes, BLOCK_PERIOD_MILLIS);
  }

  /** As above, with blocks every {@code blockPeriodMillis}. */
  public static TestNode devnetWithWebListener(
      Path dataDir, int maxBodyBytes, long blockPeriodMillis) {
    RpcServerConfig rpc =
        RpcServerConfig.defaults()
            .withHttp(true, "127.0.0.1", 0)
            .withWs(true, "127.0.0.1", 0)
            .withRpcLimits(RpcLimits.defaults())
            .withLimits(maxBodyBytes, RpcServerConfig.defaults().maxBatchSize(), 256)
            .withWeb(new WebConfig(true, "127.0.0.1", 0, ""));
    return new TestNode(
        NodeBuilder.build(DevnetConfig.create(dataDir, blockPeriodMillis, rpc)).start());
  }

  /**
   * The web listener's base URL with host {@code localhost} (WebAuthn refuses IP addresses as
   * relying-party ids); the listener itself is on 127.0.0.1.
   */
  public String webUrl() {
    return "http://localhost:" + node.rpc().orElseThrow().webPort();
  }

  public Node node() {
    return node;
  }

  public String httpUrl() {
    return "http://127.0.0.1:" + node.rpc().orElseThrow().httpPort();
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + node.rpc().orElseThrow().wsPort();
  }

  @Override
  public void close() {
    node.close();
  }
}
