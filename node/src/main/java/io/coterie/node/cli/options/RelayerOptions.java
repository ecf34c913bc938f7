package io.coterie.node.cli.options;

import io.coterie.node.app.RelayerConfig;
import io.coterie.node.cli.CliException;
import io.coterie.node.crypto.KeyFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The member relayer: {@code --relayer-key-file} names a sponsor key (SPONSOR_ROLE) with which the
 * node carries members' passkey requests ({@code coterie_createMemberAccount}, {@code
 * coterie_sendMemberRequest}).
 */
public final class RelayerOptions {
  @Option(
      names = "--relayer-key-file",
      paramLabel = "<FILE>",
      description =
          "Key file (64 hex digits) of an account holding SPONSOR_ROLE: turns on the member"
              + " relayer, coterie_createMemberAccount and coterie_sendMemberRequest (namespace"
              + " COTERIE). The devnet uses its published relayer key without it.")
  Path keyFile;

  /** Whether a key file was given. */
  public boolean given() {
    return keyFile != null;
  }

  /** The relayer as configured; disabled without a key file. */
  public RelayerConfig config() {
    if (keyFile == null) {
      return RelayerConfig.disabled();
    }
    try {
      return RelayerConfig.of(KeyFiles.read(keyFile));
    } catch (KeyFiles.KeyFileException e) {
      throw CliException.usage("--relayer-key-file: " + e.getMessage());
    }
  }
}
