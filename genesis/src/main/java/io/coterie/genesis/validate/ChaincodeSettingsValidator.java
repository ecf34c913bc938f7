package io.coterie.genesis.validate;

import io.coterie.chaincode.gtin.Gs1CheckDigit;
import io.coterie.chaincode.gtin.GtinKey;
import io.coterie.genesis.spec.ChainSpec;
import io.coterie.genesis.spec.ChaincodeTransition;
import io.coterie.genesis.spec.GenesisAddress;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules of {@code config.coterie.transitions} and {@code config.coterie.gtinOwners}. Whether
 * the binary carries each scheduled version is the node's check at start; here, only what a file
 * can get wrong by itself.
 */
final class ChaincodeSettingsValidator {
  private static final String TRANSITIONS = "config.coterie.transitions";
  private static final String GTIN_OWNERS = "config.coterie.gtinOwners";
  private static final String GTIN_REGISTRY = "gtinregistry";

  private ChaincodeSettingsValidator() {}

  static void check(ChainSpec spec, List<GenesisProblem> problems) {
    checkTransitions(spec.transitions(), problems);
    checkGtinOwners(spec, problems);
  }

  private static void checkTransitions(
      List<ChaincodeTransition> transitions, List<GenesisProblem> problems) {
    // the version each precompile has reached, and since which block; absent = 1 since genesis
    SortedMap<String, Long> version = new TreeMap<>();
    SortedMap<String, Long> since = new TreeMap<>();
    long previousBlock = -1;
    for (int i = 0; i < transitions.size(); i++) {
      ChaincodeTransition t = transitions.get(i);
      String path = TRANSITIONS + "[" + i + "]";
      if (t.block() <= previousBlock) {
        problems.add(
            new GenesisProblem(
                path + ".block",
                "is " + t.block() + ", not after the previous transition's block " + previousBlock,
                "list transitions in increasing block order, one entry per block"));
      }
      previousBlock = Math.max(previousBlock, t.block());
      if (t.precompiles().isEmpty()) {
        problems.add(
            new GenesisProblem(
                path + ".precompiles",
                "names no precompile",
                "name at least one, for example {\"provenance\": 2}, or remove the transition"));
      }
      for (Map.Entry<String, Long> entry : t.precompiles().entrySet()) {
        String name = entry.getKey();
        long next = entry.getValue();
        String at = path + ".precompiles." + name;
        if (!name.matches("[a-z0-9]+")) {
          problems.add(
              new GenesisProblem(
                  at,
                  "is not a precompile name",
                  "use a chaincode module's name, lower case, such as provenance or loyalty"));
          continue;
        }
        if (next > Integer.MAX_VALUE) {
          problems.add(
              new GenesisProblem(at, "is " + next + ", too large for a version", "use 1, 2, ..."));
          continue;
        }
        long current = version.getOrDefault(name, 1L);
        long from = since.getOrDefault(name, 0L);
        boolean blockZeroChoice = t.block() == 0;
        if (next < current && !blockZeroChoice) {
          problems.add(
              new GenesisProblem(
                  at,
                  "lowers '%s' from version %d (since block %d) to %d"
                      .formatted(name, current, from, next),
                  "versions only go up, so blocks keep executing as they did; remove this entry"));
        } else if (next == current) {
          problems.add(
              new GenesisProblem(
                  at,
                  "keeps '%s' at version %d, which it has since block %d"
                      .formatted(name, next, from),
                  "remove this entry"));
        }
        version.put(name, next);
        since.put(name, t.block());
      }
    }
  }

  private static void checkGtinOwners(ChainSpec spec, List<GenesisProblem> problems) {
    SortedMap<String, GenesisAddress> owners = spec.precompiles().gtinOwners();
    for (Map.Entry<String, GenesisAddress> binding : owners.entrySet()) {
      String key = binding.getKey();
      String at = GTIN_OWNERS + "." + key;
      if (GtinKey.parse(key).isEmpty()) {
        problems.add(new GenesisProblem(at, whyNotAKey(key), fixFor(key)));
      }
      if (binding.getValue().equals(GenesisAddress.ZERO)) {
        problems.add(
            new GenesisProblem(
                at,
                "binds the key to the zero address, which can never commission a lot",
                "write the address of the brand or farm that owns the prefix"));
      }
    }
    boolean registryOffAtGenesis =
        spec.transitions().stream()
            .anyMatch(t -> t.block() == 0 && t.precompiles().getOrDefault(GTIN_REGISTRY, 1L) == 0);
    if (!owners.isEmpty() && registryOffAtGenesis) {
      problems.add(
          new GenesisProblem(
              GTIN_OWNERS,
              "seeds GTIN bindings, but the block-0 transition switches gtinregistry off",
              "remove \"gtinregistry\": 0 from the block-0 transition or remove gtinOwners"));
    }
  }

  private static String whyNotAKey(String key) {
    if (key.length() == GtinKey.GTIN_DIGITS && Gs1CheckDigit.isDigits(key)) {
      return "has a wrong check digit: the GTIN-14 "
          + key.substring(0, 13)
          + " ends in "
          + checkDigit(key.substring(0, 13));
    }
    return "is neither a GS1 company prefix (6 to 12 digits) nor a GTIN-14 (14 digits)";
  }

  private static String fixFor(String key) {
    if (key.length() == 13 && Gs1CheckDigit.isDigits(key)) {
      return "a GTIN-13 is padded to a GTIN-14 with a leading zero: write \"0" + key + "\"";
    }
    return "write the company prefix GS1 assigned (for example \"0614141\") or a whole GTIN-14";
  }

  private static int checkDigit(String body) {
    for (int d = 0; d <= 9; d++) {
      if (Gs1CheckDigit.isValid(body + d)) {
        return d;
      }
    }
    throw new IllegalStateException("every body has a check digit");
  }
}
