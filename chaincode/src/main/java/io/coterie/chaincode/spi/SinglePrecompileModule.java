package io.coterie.chaincode.spi;

import java.util.List;
import java.util.function.Consumer;

/**
 * A module that serves one precompile and publishes its services at registration, with nothing to
 * do at start or stop. Subclasses pass these in their public no-argument constructor, as {@link
 * java.util.ServiceLoader} needs.
 */
public abstract class SinglePrecompileModule implements PrecompileModule {
  private final String name;
  private final Precompile precompile;
  private final Consumer<ServiceRegistry> publish;

  protected SinglePrecompileModule(
      String name, Precompile precompile, Consumer<ServiceRegistry> publish) {
    this.name = name;
    this.precompile = precompile;
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
    return List.of(precompile);
  }
}
