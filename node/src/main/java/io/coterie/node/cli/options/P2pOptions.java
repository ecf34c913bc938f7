package io.coterie.node.cli.options;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Peer-to-peer options: accepted now so configs written today keep working; not yet active. */
public final class P2pOptions {
  @Option(
      names = "--p2p-port",
      paramLabel = "<PORT>",
      description = "P2P listening port (not yet active: single-validator nodes have no peers).")
  Integer port;

  @Option(
      names = "--static-nodes",
      paramLabel = "<ENODE>",
      split = ",",
      description = "enode URLs of peers to keep connected (not yet active).")
  List<String> staticNodes;

  public record P2pConfig(int port, List<String> staticNodes) {
    public static final int DEFAULT_PORT = 30303;

    public P2pConfig {
      staticNodes = List.copyOf(staticNodes);
    }
  }

  public P2pConfig config() {
    return new P2pConfig(
        port == null ? P2pConfig.DEFAULT_PORT : port,
        staticNodes == null ? List.of() : staticNodes);
  }

  /**
   * A line telling the operator their P2P settings have no effect yet; empty when none were set.
   */
  public Optional<String> inactiveNotice() {
    if (port == null && staticNodes == null) {
      return Optional.empty();
    }
    return Optional.of(
        "note: --p2p-port and --static-nodes are accepted but not yet active; this node runs"
            + " without peers until the consortium release");
  }
}
