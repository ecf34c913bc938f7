package io.coterie.node.app;

import io.coterie.genesis.devnet.DevAccounts;
import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.txpool.PoolLimits;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

/**
 * The devnet's node config: chain 1337 from {@link DevnetSpec}, validator key from the dev
 * mnemonic.
 */
public final class DevnetConfig {
  private DevnetConfig() {}

  public static NodeConfig create(Path dataPath, long blockPeriodMillis, RpcServerConfig rpc) {
    return create(
        dataPath, blockPeriodMillis, rpc, NodeConfig.DEFAULT_APIS, NodeConfig.DEFAULT_APIS);
  }

  /** With the namespaces of {@code --rpc-http-api} and {@code --rpc-ws-api}. */
  public static NodeConfig create(
      Path dataPath,
      long blockPeriodMillis,
      RpcServerConfig rpc,
      List<String> httpApis,
      List<String> wsApis) {
    BigInteger validatorKey = DevnetSpec.validatorKeys(1).get(0).privateKey();
    return new NodeConfig(
            dataPath,
            DevnetSpec.create(1, blockPeriodMillis),
            new NodeKey(PrivateKey.fromBigInteger(validatorKey)),
            rpc,
            httpApis,
            BigInteger.ZERO,
            PoolLimits.DEFAULTS,
            Version.NUMBER)
        .withRpcWsApis(wsApis)
        .withRelayer(relayer());
  }

  /** The devnet's published relayer key ({@code m/44'/60'/2'/0/0}), a SPONSOR_ROLE holder. */
  public static RelayerConfig relayer() {
    return RelayerConfig.of(PrivateKey.fromBigInteger(DevAccounts.relayerKey().privateKey()));
  }
}
