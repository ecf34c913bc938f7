package io.coterie.node.cli.subcommand;

import io.coterie.node.cli.CliException;
import io.coterie.node.crypto.NodeKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A key's public parts as the {@code [[validators]]} table of a network.toml: what a brand sends
 * its consortium's operator. It holds nothing secret.
 */
final class ValidatorEntryFile {
  private ValidatorEntryFile() {}

  /**
   * With the {@code keyFile} named {@code key}, the table also gives its directory, which the
   * generated config reads it from.
   */
  static void write(Path file, String name, NodeKey key, String enodeUrl, Path keyFile) {
    String directory =
        keyFile != null && keyFile.getFileName().toString().equals("key")
            ? "directory = \"" + keyFile.toAbsolutePath().normalize().getParent() + "\"\n"
            : "# directory = \"/var/lib/coterie\"   # holds the key file, named key\n";
    String text =
        "# Public parts of validator "
            + name
            + "'s node key, for network.toml. Add its JSON-RPC ports when not\n"
            + "# the defaults (rpc-http-port = 8545, rpc-ws-port = 8546, metrics-port = 9545).\n"
            + "[[validators]]\n"
            + "name = \""
            + name.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"\n"
            + "address = \""
            + NodeKeys.address(key).toChecksumHex()
            + "\"\n"
            + "enode = \""
            + enodeUrl
            + "\"\n"
            + directory;
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw CliException.failed(file + " already exists; choose another --public-file");
    } catch (IOException e) {
      throw CliException.failed("cannot write " + file + ": " + e.getMessage());
    }
  }
}
