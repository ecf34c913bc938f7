package io.coterie.node.cli.options;

import java.util.List;
import picocli.CommandLine.Option;

/** Peer-to-peer options, with Besu's names. */
public final class P2pOptions {
  @Option(
      names = "--p2p-enabled",
      paramLabel = "<BOOLEAN>",
      arity = "0..1",
      fallbackValue = "true",
      description = "Connect to peers over RLPx (default: true).")
  Boolean enabled;

  @Option(
      names = "--p2p-host",
      paramLabel = "<HOST>",
      description =
          "Address to listen on and to advertise in this node's enode (default: 127.0.0.1).")
  String host;

  @Option(
      names = "--p2p-port",
      paramLabel = "<PORT>",
      description = "P2P listening port (default: 30303).")
  Integer port;

  @Option(
      names = "--static-nodes",
      paramLabel = "<ENODE>",
      split = ",",
      description = "enode URLs of peers to keep connected, redialled with backoff.")
  List<String> staticNodes;

  @Option(
      names = "--bootnodes",
      paramLabel = "<ENODE>",
      split = ",",
      description = "enode URLs dialled at start until one connection succeeds.")
  List<String> bootnodes;

  @Option(
      names = "--max-peers",
      paramLabel = "<COUNT>",
      description = "Most peers connected at once (default: 25).")
  Integer maxPeers;

  public record P2pConfig(
      boolean enabled,
      String host,
      int port,
      List<String> staticNodes,
      List<String> bootnodes,
      int maxPeers) {
    public static final int DEFAULT_PORT = 30303;
    public static final int DEFAULT_MAX_PEERS = 25;
    public static final String DEFAULT_HOST = "127.0.0.1";

    public P2pConfig {
      staticNodes = List.copyOf(staticNodes);
      bootnodes = List.copyOf(bootnodes);
    }
  }

  public P2pConfig config() {
    return new P2pConfig(
        enabled == null || enabled,
        host == null ? P2pConfig.DEFAULT_HOST : host,
        port == null ? P2pConfig.DEFAULT_PORT : port,
        staticNodes == null ? List.of() : staticNodes,
        bootnodes == null ? List.of() : bootnodes,
        maxPeers == null ? P2pConfig.DEFAULT_MAX_PEERS : maxPeers);
  }
}
