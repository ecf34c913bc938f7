package io.coterie.genesis.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One brand's generated files: written to {@code outputDirectory}, to be copied into {@code
 * node.directory()} on the brand's machine, beside its key. {@code passwordGenerated}: the network
 * file gave no password hash, so {@code rpc-password} holds a generated one.
 */
public record ConsortiumNode(
    String name, Path outputDirectory, GeneratedNode node, boolean passwordGenerated) {
  public ConsortiumNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(node, "node");
  }

  public Path configFile() {
    return outputDirectory.resolve(NetworkGenerator.CONFIG_FILE);
  }

  /** The generated operator password; only when {@link #passwordGenerated()}. */
  public Path passwordFile() {
    return outputDirectory.resolve(NetworkGenerator.RPC_PASSWORD_FILE);
  }
}
