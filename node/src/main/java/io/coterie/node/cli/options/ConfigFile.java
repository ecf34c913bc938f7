package io.coterie.node.cli.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TOML config file whose keys are option names without the dashes ({@code rpc-http-port = 8545},
 * {@code rpc-http-api = ["ETH", "NET"]}). Values become the strings the options would get on the
 * command line; lists are joined with commas.
 */
public final class ConfigFile {
  private static final TomlMapper TOML = new TomlMapper();

  private ConfigFile() {}

  /** A config file that cannot be used; the message names the file, the problem and the fix. */
  public static final class ConfigFileException extends RuntimeException {
    public ConfigFileException(String message) {
      super(message);
    }
  }

  /** The file's values by key; a key not in {@code knownKeys} is an error naming it. */
  public static Map<String, String> load(Path file, Set<String> knownKeys) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(
          "config file " + file + " does not exist; check the --config-file path");
    } catch (IOException e) {
      throw new ConfigFileException("cannot read config file " + file + ": " + e.getMessage());
    }
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ConfigFileException(
          "config file "
              + file
              + " is not valid TOML: "
              + e.getOriginalMessage()
              + "; write one `key = value` a line, as in config/devnet.toml");
    }
    Map<String, String> values = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (!knownKeys.contains(key)) {
        throw new ConfigFileException(
            "config file "
                + file
                + " has unknown key '"
                + key
                + "'; valid keys are the option names without dashes: "
                + String.join(", ", new java.util.TreeSet<>(knownKeys)));
      }
      // an empty list is the option's empty default, not one empty item
      if (!(field.getValue().isArray() && field.getValue().isEmpty())) {
        values.put(key, text(file, key, field.getValue()));
      }
    }
    return values;
  }

  private static String text(Path file, String key, JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(text(file, key, item)));
      return String.join(",", items);
    }
    if (value.isObject()) {
      throw new ConfigFileException(
          "config file " + file + " key '" + key + "' is a table; give a value or a list");
    }
    return value.asText();
  }
}
