package io.coterie.chaincode.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds {@link PrecompileModule}s with {@link ServiceLoader}, in a deterministic order. */
public final class PrecompileLoader {
  private PrecompileLoader() {}

  /** Modules visible to this class's class loader, sorted by {@link PrecompileModule#name()}. */
  public static List<PrecompileModule> load() {
    return load(PrecompileLoader.class.getClassLoader());
  }

  /**
   * Modules visible to {@code classLoader}, sorted by name.
   *
   * @throws IllegalStateException when two modules share a name
   */
  public static List<PrecompileModule> load(ClassLoader classLoader) {
    List<PrecompileModule> modules = new ArrayList<>();
    ServiceLoader.load(PrecompileModule.class, classLoader).forEach(modules::add);
    modules.sort(Comparator.comparing(PrecompileModule::name));
    for (int i = 1; i < modules.size(); i++) {
      if (modules.get(i).name().equals(modules.get(i - 1).name())) {
        throw new IllegalStateException(
            "two precompile modules are named '%s' (%s and %s); remove one from the class path"
                .formatted(
                    modules.get(i).name(),
                    modules.get(i - 1).getClass().getName(),
                    modules.get(i).getClass().getName()));
      }
    }
    return List.copyOf(modules);
  }
}
