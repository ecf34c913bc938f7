package io.coterie.genesis.generate;

import io.coterie.genesis.spec.GenesisAddress;
import java.nio.file.Path;
import java.util.Objects;

/** One generated validator: where its files are, its identity and its ports. */
public record GeneratedNode(
    int index,
    Path directory,
    GenesisAddress address,
    String enodeUrl,
    int rpcHttpPort,
    int rpcWsPort,
    int p2pPort,
    int metricsPort) {
  public GeneratedNode {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(enodeUrl, "enodeUrl");
  }

  public Path keyFile() {
    return directory.resolve(NetworkGenerator.KEY_FILE);
  }

  public Path configFile() {
    return directory.resolve(NetworkGenerator.CONFIG_FILE);
  }

  /** The node allowlist its config names ({@code nodes-allowlist}, Besu's format). */
  public Path permissionsFile() {
    return directory.resolve(NetworkGenerator.PERMISSIONS_FILE);
  }
}
