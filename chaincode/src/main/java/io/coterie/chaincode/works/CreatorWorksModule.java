package io.coterie.chaincode.works;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the creators' works precompile; it publishes nothing. */
public final class CreatorWorksModule extends SinglePrecompileModule {
  public CreatorWorksModule() {
    super("works", new CreatorWorksPrecompile(), registry -> {});
  }
}
