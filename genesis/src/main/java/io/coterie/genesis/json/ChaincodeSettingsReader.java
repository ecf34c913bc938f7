package io.coterie.genesis.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the chaincode settings of {@code config.coterie} beyond roles and setup calls: {@code
 * transitions} (when each chaincode version activates) and {@code gtinOwners} (the GTIN registry's
 * initial bindings). Shape problems are recorded in {@link JsonFields}; the rules (block order,
 * versions only going up, valid GS1 keys) are the validator's.
 */
final class ChaincodeSettingsReader {
  static final String TRANSITION_EXAMPLE =
      "[{\"block\": 100, \"precompiles\": {\"provenance\": 2}}]";
  private static final Set<String> TRANSITION_ENTRY = Set.of("block", "precompiles");

  private ChaincodeSettingsReader() {}

  static List<ChaincodeTransition> transitions(JsonNode coterie, String at, JsonFields f) {
    List<ChaincodeTransition> transitions = new ArrayList<>();
    JsonNode node = coterie.get("transitions");
    String path = at + ".transitions";
    if (node == null || node.isNull()) {
      return transitions;
    }
    if (!node.isArray()) {
      f.problem(
          path, "must be an array of transitions", "write \"transitions\": " + TRANSITION_EXAMPLE);
      return transitions;
    }
    for (int i = 0; i < node.size(); i++) {
      String entry = path + "[" + i + "]";
      JsonNode transition = node.get(i);
      if (!transition.isObject()) {
        f.problem(
            entry,
            "must be a JSON object",
            "write {\"block\": 100, \"precompiles\": {\"provenance\": 2}}");
        continue;
      }
      f.unknownKeys(transition, entry, TRANSITION_ENTRY, Set.of("comment"));
      var block = f.longValue(transition, entry, "block", "100", true);
      var precompiles =
          f.requiredObject(transition, entry, "precompiles", "{\"provenance\": 2}")
              .map(p -> versions(p, entry + ".precompiles", f));
      if (block.isPresent() && precompiles.isPresent()) {
        transitions.add(new ChaincodeTransition(block.get(), precompiles.get()));
      }
    }
    return transitions;
  }

  private static SortedMap<String, Long> versions(JsonNode node, String at, JsonFields f) {
    SortedMap<String, Long> versions = new TreeMap<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      f.longValue(node, at, name, "2", true).ifPresent(v -> versions.put(name, v));
    }
    return versions;
  }

  static SortedMap<String, GenesisAddress> gtinOwners(JsonNode coterie, String at, JsonFields f) {
    SortedMap<String, GenesisAddress> owners = new TreeMap<>();
    f.object(coterie, at, "gtinOwners", "{\"0614141\": \"0x...\"}")
        .ifPresent(
            node -> {
              for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> binding = it.next();
                f.address(binding.getValue(), at + ".gtinOwners." + binding.getKey())
                    .ifPresent(owner -> owners.put(binding.getKey(), owner));
              }
            });
    return owners;
  }
}
