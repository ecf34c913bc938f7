package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the Roles precompile and publishes {@link RolesReader}. */
public final class RolesModule extends SinglePrecompileModule {
  public RolesModule() {
    super(
        "roles",
        new RolesPrecompile(),
        registry -> registry.add(RolesReader.class, new RolesReader()));
  }
}
