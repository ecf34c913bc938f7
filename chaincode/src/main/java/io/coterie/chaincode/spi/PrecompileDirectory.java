package io.coterie.chaincode.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes an address to its precompile: the first, in module order then each module's list order,
 * whose {@link Precompile#serves} accepts it.
 */
public final class PrecompileDirectory {
  private final List<Precompile> precompiles;

  private PrecompileDirectory(List<Precompile> precompiles) {
    this.precompiles = List.copyOf(precompiles);
  }

  /**
   * The version-1 precompiles of started {@code modules} (as returned by {@link PrecompileLoader}).
   */
  public static PrecompileDirectory of(List<PrecompileModule> modules) {
    List<Precompile> all = new ArrayList<>();
    modules.forEach(m -> all.addAll(m.precompiles()));
    return new PrecompileDirectory(all);
  }

  /**
   * The precompiles of started {@code modules} at {@code versions} (module name → version; a module
   * not listed runs version 1, one at version 0 serves nothing).
   */
  public static PrecompileDirectory of(
      List<PrecompileModule> modules, Map<String, Integer> versions) {
    List<Precompile> all = new ArrayList<>();
    for (PrecompileModule module : modules) {
      int version = versions.getOrDefault(module.name(), 1);
      if (version > 0) {
        all.addAll(module.precompiles(version));
      }
    }
    return new PrecompileDirectory(all);
  }

  /** The precompile serving {@code address}, if any. */
  public Optional<Precompile> find(ChainAddress address) {
    return precompiles.stream().filter(p -> p.serves(address)).findFirst();
  }

  /** All precompiles in routing order. */
  public List<Precompile> all() {
    return precompiles;
  }
}
