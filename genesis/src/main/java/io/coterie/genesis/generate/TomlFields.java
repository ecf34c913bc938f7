package io.coterie.genesis.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.validate.GenesisProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads of one TOML table's values that record a {@link GenesisProblem} naming the field and
 * the fix instead of throwing, so one pass reports everything wrong with a file. A value that is
 * wrong reads as its fallback, for the checks after it to go on.
 */
final class TomlFields {
  private final List<GenesisProblem> problems = new ArrayList<>();

  List<GenesisProblem> problems() {
    return List.copyOf(problems);
  }

  void problem(String path, String message, String fix) {
    problems.add(new GenesisProblem(path, message, fix));
  }

  static String at(String table, String key) {
    return table.isEmpty() ? key : table + "." + key;
  }

  /** Records every key of {@code table} that is not in {@code known}. */
  void onlyKnownKeys(JsonNode table, String path, Set<String> known) {
    Iterator<String> names = table.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(
            at(path, name),
            "is not a known key",
            "remove it or use one of: " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  /** A required text value; "" when missing or not text. */
  String requiredText(JsonNode table, String path, String key, String fix) {
    JsonNode value = table.get(key);
    if (value == null) {
      problem(at(path, key), "is missing", fix);
      return "";
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      problem(at(path, key), "is " + value + ", not a non-empty string", fix);
      return "";
    }
    return value.textValue();
  }

  String text(JsonNode table, String path, String key, String fallback) {
    JsonNode value = table.get(key);
    if (value == null) {
      return fallback;
    }
    if (!value.isTextual()) {
      problem(at(path, key), "is " + value + ", not a string", "write it in quotes");
      return fallback;
    }
    return value.textValue();
  }

  long number(JsonNode table, String path, String key, long fallback, long min, long max) {
    JsonNode value = table.get(key);
    if (value == null) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      problem(
          at(path, key), "is " + value + ", not a whole number", "write a number without quotes");
      return fallback;
    }
    long number = value.longValue();
    if (number < min || number > max) {
      problem(at(path, key), "is " + number + ", out of range", "use " + min + " to " + max);
      return fallback;
    }
    return number;
  }

  int port(JsonNode table, String path, String key, int fallback) {
    return (int) number(table, path, key, fallback, 1, 65_535);
  }

  boolean flag(JsonNode table, String path, String key, boolean fallback) {
    JsonNode value = table.get(key);
    if (value == null) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problem(at(path, key), "is " + value + ", not true or false", "write true or false");
      return fallback;
    }
    return value.booleanValue();
  }

  /** An address given as text; the zero address when missing or malformed. */
  GenesisAddress address(JsonNode value, String path, String fix) {
    if (value == null) {
      problem(path, "is missing", fix);
      return GenesisAddress.ZERO;
    }
    if (!value.isTextual() || !GenesisAddress.isValid(value.textValue())) {
      problem(path, "is " + value + ", not an address", "write \"0x\" and 40 hex digits; " + fix);
      return GenesisAddress.ZERO;
    }
    return GenesisAddress.of(value.textValue());
  }

  /** An optional list of addresses; each wrong entry is named by its index. */
  List<GenesisAddress> addresses(JsonNode table, String path, String key) {
    JsonNode value = table.get(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(at(path, key), "is " + value + ", not a list", "write [\"0x…\", \"0x…\"]");
      return List.of();
    }
    List<GenesisAddress> addresses = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      addresses.add(address(value.get(i), at(path, key) + "[" + i + "]", "list account addresses"));
    }
    return addresses;
  }

  /** An optional array of tables ({@code [[key]]}); each element must be a table. */
  List<JsonNode> tables(JsonNode table, String key) {
    JsonNode value = table.get(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(
          key, "is " + value + ", not an array of tables", "write each entry as [[" + key + "]]");
      return List.of();
    }
    List<JsonNode> tables = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i).isObject()) {
        tables.add(value.get(i));
      } else {
        problem(key + "[" + i + "]", "is not a table", "write each entry as [[" + key + "]]");
      }
    }
    return tables;
  }
}
