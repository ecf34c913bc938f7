package io.coterie.node.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a node keeps its data, which chain it runs and which key it signs with. */
public final class DataOptions {
  /** The key file lives in the data directory unless configured, as in Besu. */
  public static final String DEFAULT_KEY_FILE = "key";

  @Option(
      names = "--data-path",
      paramLabel = "<DIR>",
      description = "Directory of the node's database (default: ${DEFAULT-VALUE}).",
      defaultValue = "coterie-data")
  Path dataPath;

  @Option(
      names = "--genesis-file",
      paramLabel = "<FILE>",
      description = "The chain's genesis JSON (required).")
  Path genesisFile;

  @Option(
      names = "--node-private-key-file",
      paramLabel = "<FILE>",
      description =
          "The node's private key; generated and saved when missing (default: <data-path>/key).")
  Path nodeKeyFile;

  /** {@code genesisFile} may be null: the command says what to do when it needs one. */
  public record DataConfig(Path dataPath, Path genesisFile, Path nodeKeyFile) {}

  public DataConfig config() {
    return new DataConfig(
        dataPath,
        genesisFile,
        nodeKeyFile != null ? nodeKeyFile : dataPath.resolve(DEFAULT_KEY_FILE));
  }
}
