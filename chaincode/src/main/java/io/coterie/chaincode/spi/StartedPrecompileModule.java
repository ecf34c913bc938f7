package io.coterie.chaincode.spi;

import java.util.List;
import java.util.function.Function;

/**
 * A module that serves one precompile (version 1) built at start from services other modules
 * publish, and publishes nothing itself. Subclasses pass the name and the builder in their public
 * no-argument constructor, as {@link java.util.ServiceLoader} needs; the builder typically calls
 * {@link ServiceRegistry#require}.
 */
public abstract class StartedPrecompileModule implements PrecompileModule {
  private final String name;
  private final Function<ServiceRegistry, Precompile> build;
  private ServiceRegistry registry;
  private List<Precompile> precompiles = List.of();

  protected StartedPrecompileModule(String name, Function<ServiceRegistry, Precompile> build) {
    this.name = name;
    this.build = build;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final void register(ServiceRegistry services) {
    this.registry = services;
  }

  @Override
  public final void start() {
    precompiles = List.of(build.apply(registry));
  }

  @Override
  public final void stop() {}

  @Override
  public final List<Precompile> precompiles() {
    return precompiles;
  }
}
