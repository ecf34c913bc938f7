package io.coterie.genesis.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.genesis.spec.GenesisAddress;
import io.coterie.genesis.validate.GenesisProblem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to a JSON tree that records a {@link GenesisProblem} for every field it cannot use,
 * so that one read reports everything wrong with a file.
 */
final class JsonFields {
  private final List<GenesisProblem> problems = new ArrayList<>();

  List<GenesisProblem> problems() {
    return List.copyOf(problems);
  }

  void problem(String path, String message, String fix) {
    problems.add(new GenesisProblem(path, message, fix));
  }

  static String join(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  Optional<JsonNode> object(JsonNode parent, String parentPath, String key, String example) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      problem(join(parentPath, key), "must be a JSON object", "write it as " + example);
      return Optional.empty();
    }
    return Optional.of(node);
  }

  Optional<JsonNode> requiredObject(
      JsonNode parent, String parentPath, String key, String example) {
    if (!parent.has(key)) {
      problem(join(parentPath, key), "missing", "add \"" + key + "\": " + example);
    }
    return object(parent, parentPath, key, example);
  }

  /**
   * A non-negative quantity: a JSON integer, a {@code 0x} hex string or a decimal string, as Besu
   * accepts.
   */
  Optional<BigInteger> quantity(JsonNode parent, String parentPath, String key, String example) {
    JsonNode node = parent.get(key);
    String path = join(parentPath, key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    Optional<BigInteger> value = parseQuantity(node);
    if (value.isEmpty()) {
      problem(
          path,
          "'" + node.asText() + "' is not a non-negative number",
          "write a number, a decimal string or 0x-prefixed hex, for example \""
              + key
              + "\": "
              + example);
    }
    return value;
  }

  Optional<BigInteger> requiredQuantity(
      JsonNode parent, String parentPath, String key, String example) {
    if (!parent.has(key)) {
      problem(join(parentPath, key), "missing", "add \"" + key + "\": " + example);
      return Optional.empty();
    }
    return quantity(parent, parentPath, key, example);
  }

  /** A quantity that must fit in a signed 64-bit long. */
  Optional<Long> longValue(
      JsonNode parent, String parentPath, String key, String example, boolean required) {
    Optional<BigInteger> value =
        required
            ? requiredQuantity(parent, parentPath, key, example)
            : quantity(parent, parentPath, key, example);
    if (value.isPresent() && value.get().bitLength() > 63) {
      problem(
          join(parentPath, key), value.get() + " is too large", "use at most " + Long.MAX_VALUE);
      return Optional.empty();
    }
    return value.map(BigInteger::longValueExact);
  }

  static Optional<BigInteger> parseQuantity(JsonNode node) {
    if (node.isIntegralNumber()) {
      BigInteger value = node.bigIntegerValue();
      return value.signum() < 0 ? Optional.empty() : Optional.of(value);
    }
    if (!node.isTextual()) {
      return Optional.empty();
    }
    String text = node.asText().trim();
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return text.length() == 2
            ? Optional.empty()
            : Optional.of(new BigInteger(text.substring(2), 16)).filter(v -> v.signum() >= 0);
      }
      return text.isEmpty() || !text.chars().allMatch(Character::isDigit)
          ? Optional.empty()
          : Optional.of(new BigInteger(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  Optional<Boolean> bool(JsonNode parent, String parentPath, String key) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      problem(
          join(parentPath, key),
          "'" + node.asText() + "' is not true or false",
          "write \"" + key + "\": true or false (no quotes)");
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  Optional<GenesisAddress> address(JsonNode node, String path) {
    if (node.isTextual() && GenesisAddress.isValid(node.asText())) {
      return Optional.of(GenesisAddress.of(node.asText()));
    }
    problem(
        path, "'" + node.asText() + "' is not an address", "write 0x followed by 40 hex digits");
    return Optional.empty();
  }

  List<GenesisAddress> addresses(JsonNode parent, String parentPath, String key) {
    JsonNode node = parent.get(key);
    String path = join(parentPath, key);
    List<GenesisAddress> result = new ArrayList<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (!node.isArray()) {
      problem(
          path, "must be an array of addresses", "write \"" + key + "\": [\"0x...\", \"0x...\"]");
      return result;
    }
    for (int i = 0; i < node.size(); i++) {
      address(node.get(i), path + "[" + i + "]").ifPresent(result::add);
    }
    return result;
  }

  /** Reports keys outside {@code known}; {@code ignored} keys are accepted and skipped. */
  void unknownKeys(JsonNode object, String path, Set<String> known, Set<String> ignored) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (known.contains(name) || ignored.contains(name)) {
        continue;
      }
      Optional<String> nearest =
          known.stream()
              .filter(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
              .findFirst();
      problem(
          join(path, name),
          "is not a setting Coterie knows",
          nearest
              .map(k -> "did you mean \"" + k + "\"? Keys are case-sensitive")
              .orElse(
                  "remove it; known keys here: "
                      + String.join(", ", known.stream().sorted().toList())));
    }
  }
}
