package io.coterie.chaincode.spi;

import java.util.List;
import java.util.function.Consumer;

/**
 * A module that serves one precompile (one instance per version) and publishes its services at
 * registration, with nothing to do at start or stop. Subclasses pass these in their public
 * no-argument constructor, as {@link java.util.ServiceLoader} needs.
 */
public abstract class SinglePrecompileModule implements PrecompileModule {
  private final String name;
  private final List<Precompile> versions;
  private final Consumer<ServiceRegistry> publish;

  /** A module with version 1 only. */
  protected SinglePrecompileModule(
      String name, Precompile precompile, Consumer<ServiceRegistry> publish) {
    this(name, List.of(precompile), publish);
  }

  /** A module whose version {@code v} is {@code versions.get(v - 1)}. */
  protected SinglePrecompileModule(
      String name, List<Precompile> versions, Consumer<ServiceRegistry> publish) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("module '" + name + "' needs at least version 1");
    }
    this.name = name;
    this.versions = List.copyOf(versions);
    this.publish = publish;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final void register(ServiceRegistry registry) {
    publish.accept(registry);
  }

  @Override
  public final void start() {}

  @Override
  public final void stop() {}

  @Override
  public final List<Precompile> precompiles() {
    return precompiles(1);
  }

  @Override
  public final int latestVersion() {
    return versions.size();
  }

  @Override
  public final List<Precompile> precompiles(int version) {
    if (version < 1 || version > versions.size()) {
      throw new IllegalArgumentException(
          "chaincode module '%s' has versions 1 to %d, not %d"
              .formatted(name, versions.size(), version));
    }
    return List.of(versions.get(version - 1));
  }
}
