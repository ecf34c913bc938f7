package io.coterie.node.app;

import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.metrics.MetricsConfig;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.txpool.PoolLimits;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a node needs to start: where its data lives, the chain it runs, its validator key, its
 * RPC endpoints, its pool limits, its P2P settings and its metrics endpoint. Built by the CLI from
 * options, a TOML file and environment variables.
 *
 * @param rpcApis the JSON-RPC namespaces the HTTP port serves ({@code --rpc-http-api})
 * @param version the release number web3_clientVersion reports
 * @param rpcWsApis the namespaces the WebSocket port serves ({@code --rpc-ws-api})
 */
public record NodeConfig(
    Path dataPath,
    ChainSpec chainSpec,
    NodeKey nodeKey,
    RpcServerConfig rpc,
    List<String> rpcApis,
    BigInteger minGasPrice,
    PoolLimits poolLimits,
    String version,
    NetworkConfig network,
    MetricsConfig metrics,
    List<String> rpcWsApis,
    RelayerConfig relayer) {
  /**
   * Reads only, the chaincode views and the member relayer (served only with a relayer key): {@code
   * txpool}, {@code qbft}, {@code admin} and {@code perm} are served only when listed.
   */
  public static final List<String> DEFAULT_APIS =
      List.of("eth", "net", "web3", "provenance", "coterie");

  public NodeConfig {
    Objects.requireNonNull(dataPath, "dataPath");
    Objects.requireNonNull(chainSpec, "chainSpec");
    Objects.requireNonNull(nodeKey, "nodeKey");
    Objects.requireNonNull(rpc, "rpc");
    rpcApis = List.copyOf(rpcApis);
    Objects.requireNonNull(minGasPrice, "minGasPrice");
    Objects.requireNonNull(poolLimits, "poolLimits");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(relayer, "relayer");
    rpcWsApis = List.copyOf(rpcWsApis);
  }

  /** A node whose WebSocket port serves the same namespaces as its HTTP port. */
  public NodeConfig(
      Path dataPath,
      ChainSpec chainSpec,
      NodeKey nodeKey,
      RpcServerConfig rpc,
      List<String> rpcApis,
      BigInteger minGasPrice,
      PoolLimits poolLimits,
      String version,
      NetworkConfig network,
      MetricsConfig metrics) {
    this(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        metrics,
        rpcApis);
  }

  /** A node without the member relayer. */
  public NodeConfig(
      Path dataPath,
      ChainSpec chainSpec,
      NodeKey nodeKey,
      RpcServerConfig rpc,
      List<String> rpcApis,
      BigInteger minGasPrice,
      PoolLimits poolLimits,
      String version,
      NetworkConfig network,
      MetricsConfig metrics,
      List<String> rpcWsApis) {
    this(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        metrics,
        rpcWsApis,
        RelayerConfig.disabled());
  }

  /** A node without a metrics endpoint. */
  public NodeConfig(
      Path dataPath,
      ChainSpec chainSpec,
      NodeKey nodeKey,
      RpcServerConfig rpc,
      List<String> rpcApis,
      BigInteger minGasPrice,
      PoolLimits poolLimits,
      String version,
      NetworkConfig network) {
    this(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        MetricsConfig.disabled());
  }

  /** A node without P2P. */
  public NodeConfig(
      Path dataPath,
      ChainSpec chainSpec,
      NodeKey nodeKey,
      RpcServerConfig rpc,
      List<String> rpcApis,
      BigInteger minGasPrice,
      PoolLimits poolLimits,
      String version) {
    this(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        NetworkConfig.disabled(),
        MetricsConfig.disabled());
  }

  public NodeConfig withNetwork(NetworkConfig newNetwork) {
    return new NodeConfig(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        newNetwork,
        metrics,
        rpcWsApis,
        relayer);
  }

  public NodeConfig withMetrics(MetricsConfig newMetrics) {
    return new NodeConfig(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        newMetrics,
        rpcWsApis,
        relayer);
  }

  public NodeConfig withRpcWsApis(List<String> apis) {
    return new NodeConfig(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        metrics,
        apis,
        relayer);
  }

  public NodeConfig withRpc(RpcServerConfig newRpc, List<String> httpApis, List<String> wsApis) {
    return new NodeConfig(
        dataPath,
        chainSpec,
        nodeKey,
        newRpc,
        httpApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        metrics,
        wsApis,
        relayer);
  }

  public NodeConfig withRelayer(RelayerConfig newRelayer) {
    return new NodeConfig(
        dataPath,
        chainSpec,
        nodeKey,
        rpc,
        rpcApis,
        minGasPrice,
        poolLimits,
        version,
        network,
        metrics,
        rpcWsApis,
        newRelayer);
  }
}
