package io.coterie.chaincode.spi;

import java.util.ArrayList;
import java.util.List;
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

  /** The precompiles of started {@code modules} (as returned by {@link PrecompileLoader}). */
  public static PrecompileDirectory of(List<PrecompileModule> modules) {
    List<Precompile> all = new ArrayList<>();
    modules.forEach(m -> all.addAll(m.precompiles()));
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
