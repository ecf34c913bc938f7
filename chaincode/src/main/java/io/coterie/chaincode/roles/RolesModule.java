package io.coterie.chaincode.roles;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/**
 * Provides the Roles precompile and publishes {@link RolesReader} and {@link RoleRevocationHooks}.
 */
public final class RolesModule extends SinglePrecompileModule {
  public RolesModule() {
    this(new RoleRevocationHooks());
  }

  private RolesModule(RoleRevocationHooks hooks) {
    super(
        "roles",
        new RolesPrecompile(hooks),
        registry -> {
          registry.add(RolesReader.class, new RolesReader());
          registry.add(RoleRevocationHooks.class, hooks);
        });
  }
}
