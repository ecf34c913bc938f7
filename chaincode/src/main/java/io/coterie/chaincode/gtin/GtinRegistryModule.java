package io.coterie.chaincode.gtin;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/**
 * Provides the GTIN registry precompile; it publishes nothing (readers use {@link GtinOwnership}).
 */
public final class GtinRegistryModule extends SinglePrecompileModule {
  public GtinRegistryModule() {
    super("gtinregistry", new GtinRegistryPrecompile(), registry -> {});
  }
}
