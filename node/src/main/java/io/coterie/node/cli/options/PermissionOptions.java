package io.coterie.node.cli.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.coterie.node.cli.options.ConfigFile.ConfigFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Node permissioning: a local allowlist of enode URLs read from a TOML file, as Besu's. */
public final class PermissionOptions {
  @Option(
      names = "--permissions-nodes-config-file",
      paramLabel = "<FILE>",
      description =
          "TOML file with nodes-allowlist = [\"enode://…\"]; when given, only listed peers are"
              + " kept.")
  Path nodesConfigFile;

  /** The allowlist's enode URLs; empty when node permissioning is off. */
  public Optional<List<String>> nodesAllowlist() {
    if (nodesConfigFile == null) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = new TomlMapper().readTree(nodesConfigFile.toFile());
    } catch (IOException e) {
      throw new ConfigFileException(
          "cannot read the permissions file "
              + nodesConfigFile
              + ": "
              + e.getMessage()
              + "; check --permissions-nodes-config-file");
    }
    JsonNode list = root.get("nodes-allowlist");
    if (list == null || !list.isArray()) {
      throw new ConfigFileException(
          "the permissions file "
              + nodesConfigFile
              + " has no nodes-allowlist list; write nodes-allowlist = [\"enode://…@host:port\"]");
    }
    List<String> entries = new ArrayList<>();
    list.forEach(item -> entries.add(item.asText()));
    return Optional.of(entries);
  }
}
