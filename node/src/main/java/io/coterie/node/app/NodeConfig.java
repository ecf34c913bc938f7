package io.coterie.node.app;

import io.coterie.genesis.spec.ChainSpec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.txpool.PoolLimits;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a node needs to start: where its data lives, the chain it runs, its validator key, its
 * RPC endpoints and its pool limits. Built by the CLI from options, a TOML file and environment
 * variables.
 *
 * @param rpcApis the enabled JSON-RPC namespaces (eth, net, web3, txpool, qbft, …)
 * @param version the release number web3_clientVersion reports
 */
public record NodeConfig(
    Path dataPath,
    ChainSpec chainSpec,
    NodeKey nodeKey,
    RpcServerConfig rpc,
    List<String> rpcApis,
    BigInteger minGasPrice,
    PoolLimits poolLimits,
    String version) {
  public static final List<String> DEFAULT_APIS =
      List.of("eth", "net", "web3", "txpool", "qbft", "provenance");

  public NodeConfig {
    Objects.requireNonNull(dataPath, "dataPath");
    Objects.requireNonNull(chainSpec, "chainSpec");
    Objects.requireNonNull(nodeKey, "nodeKey");
    Objects.requireNonNull(rpc, "rpc");
    rpcApis = List.copyOf(rpcApis);
    Objects.requireNonNull(minGasPrice, "minGasPrice");
    Objects.requireNonNull(poolLimits, "poolLimits");
    Objects.requireNonNull(version, "version");
  }
}
