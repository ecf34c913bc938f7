package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/** Provides the Roles precompile and publishes {@link RolesReader}. */
public final class RolesModule implements PrecompileModule {
  private final RolesPrecompile precompile = new RolesPrecompile();

  @Override
  public String name() {
    return "roles";
  }

  @Override
  public void register(ServiceRegistry registry) {
    registry.add(RolesReader.class, new RolesReader());
  }

  @Override
  public void start() {}

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return List.of(precompile);
  }
}
