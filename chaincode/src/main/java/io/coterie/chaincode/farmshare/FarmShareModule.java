package io.coterie.chaincode.farmshare;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the farm shares precompile, version 1; it publishes nothing. */
public final class FarmShareModule extends SinglePrecompileModule {
  public FarmShareModule() {
    super("farmshares", new FarmSharePrecompile(), registry -> {});
  }
}
