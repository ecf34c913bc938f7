package io.coterie.node.app;

import io.coterie.genesis.devnet.DevnetSpec;
import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.rpc.server.RpcServerConfig;
import io.coterie.node.txpool.PoolLimits;
import java.math.BigInteger;
import java.nio.file.Path;

/**
 * The devnet's node config: chain 1337 from {@link DevnetSpec}, validator key from the dev
 * mnemonic.
 */
public final class DevnetConfig {
  private DevnetConfig() {}

  public static NodeConfig create(Path dataPath, long blockPeriodMillis, RpcServerConfig rpc) {
    BigInteger validatorKey = DevnetSpec.validatorKeys(1).get(0).privateKey();
    return new NodeConfig(
        dataPath,
        DevnetSpec.create(1, blockPeriodMillis),
        new NodeKey(PrivateKey.fromBigInteger(validatorKey)),
        rpc,
        NodeConfig.DEFAULT_APIS,
        BigInteger.ZERO,
        PoolLimits.DEFAULTS,
        Version.NUMBER);
  }
}
