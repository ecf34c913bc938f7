package io.coterie.genesis.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's {@code config.toml}, keys being the node's command-line option names without the dashes,
 * and its node allowlist.
 */
final class NodeConfigToml {
  private static final TomlMapper TOML = new TomlMapper();

  static final List<String> RPC_APIS = List.of("ETH", "NET", "WEB3", "PROVENANCE", "QBFT", "PERM");

  private NodeConfigToml() {}

  /**
   * {@code rpcHttpHost} is the interface JSON-RPC listens on; {@code p2pHost} the host P2P listens
   * on and advertises in the node's enode.
   */
  static String write(
      GeneratedNode node,
      String title,
      Path genesisFile,
      List<String> staticNodes,
      Path rpcUsersFile,
      String rpcHttpHost,
      String p2pHost) {
    // Absolute paths, so the node can be started from any working directory.
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("data-path", node.directory().resolve("data").toString());
    config.put("genesis-file", genesisFile.toString());
    config.put("node-private-key-file", node.keyFile().toString());
    config.put("rpc-http-enabled", true);
    config.put("rpc-http-host", rpcHttpHost);
    config.put("rpc-http-port", node.rpcHttpPort());
    // The operator votes validators in and out and keeps the node allowlist, so QBFT and PERM are
    // served; with authentication on, only a token whose permissions name them reaches them.
    config.put("rpc-http-api", RPC_APIS);
    config.put("rpc-ws-enabled", true);
    config.put("rpc-ws-port", node.rpcWsPort());
    // Every call needs a token: the operator's from POST /login (rpc-users.toml), a partner's from
    // coterie_login with its own key, whose methods follow its on-chain roles.
    config.put("rpc-http-authentication-enabled", true);
    config.put("rpc-http-authentication-credentials-file", rpcUsersFile.toString());
    config.put("rpc-ws-authentication-enabled", true);
    config.put("rpc-ws-authentication-credentials-file", rpcUsersFile.toString());
    config.put("p2p-host", p2pHost);
    config.put("p2p-port", node.p2pPort());
    config.put("metrics-enabled", true);
    config.put("metrics-port", node.metricsPort());
    if (!staticNodes.isEmpty()) {
      // An empty list would reach the option as "", which is no enode URL.
      config.put("static-nodes", staticNodes);
    }
    // Node permissioning on: a peer whose key is on neither this file nor the on-chain list is
    // disconnected after the handshake. A node added later goes on the file (or is added with
    // perm_addNodesToAllowlist) or on the on-chain list at 0x…1006.
    config.put("permissions-nodes-config-file", node.permissionsFile().toString());
    return "# Coterie " + title + ", address " + node.address() + "\n" + toml(config);
  }

  /**
   * A permissions file listing {@code enodes}, as {@code --permissions-nodes-config-file} reads.
   */
  static String writeAllowlist(List<String> enodes) {
    return "# Node allowlist: peers this node keeps (besides those on the on-chain list)\n"
        + toml(Map.of("nodes-allowlist", enodes));
  }

  private static String toml(Map<String, Object> values) {
    try {
      return TOML.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a map of strings, numbers and lists always serialises to TOML", e);
    }
  }
}
