package io.coterie.node.app;

import io.coterie.node.p2p.peer.Enode;
import java.util.List;
import java.util.Objects;

/**
 * The node's P2P settings. Disabled, the node has no peers (a single-validator devnet). {@code
 * port} 0 picks a free port. With {@code nodePermissions} only peers whose key is in {@code
 * nodesAllowlist} (or on chain) are kept; without it every peer is.
 */
public record NetworkConfig(
    boolean enabled,
    String host,
    int port,
    List<Enode> staticNodes,
    List<Enode> bootnodes,
    int maxPeers,
    boolean nodePermissions,
    List<Enode> nodesAllowlist) {
  public static final int DEFAULT_PORT = 30303;
  public static final int DEFAULT_MAX_PEERS = 25;

  public NetworkConfig {
    Objects.requireNonNull(host, "host");
    staticNodes = List.copyOf(staticNodes);
    bootnodes = List.copyOf(bootnodes);
    nodesAllowlist = List.copyOf(nodesAllowlist);
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("the P2P port must be 0-65535, got " + port);
    }
    if (maxPeers < 1) {
      throw new IllegalArgumentException("max peers must be at least 1, got " + maxPeers);
    }
  }

  public static NetworkConfig disabled() {
    return new NetworkConfig(
        false,
        "127.0.0.1",
        DEFAULT_PORT,
        List.of(),
        List.of(),
        DEFAULT_MAX_PEERS,
        false,
        List.of());
  }

  /** Enabled on {@code host:port}, with these static nodes and no permissioning. */
  public static NetworkConfig of(String host, int port, List<Enode> staticNodes) {
    return new NetworkConfig(
        true, host, port, staticNodes, List.of(), DEFAULT_MAX_PEERS, false, List.of());
  }

  public NetworkConfig withPermissions(List<Enode> allowlist) {
    return new NetworkConfig(
        enabled, host, port, staticNodes, bootnodes, maxPeers, true, allowlist);
  }
}
