package io.coterie.chaincode.editions;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the editions precompile; it publishes nothing. */
public final class EditionsModule extends SinglePrecompileModule {
  public EditionsModule() {
    super("editions", new EditionsPrecompile(), registry -> {});
  }
}
