package io.coterie.chaincode.did;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the identity registry precompile and publishes {@link DidRegistryReader}. */
public final class DidRegistryModule extends SinglePrecompileModule {
  public DidRegistryModule() {
    super(
        "did",
        new DidRegistryPrecompile(),
        registry -> registry.add(DidRegistryReader.class, new DidRegistryReader()));
  }
}
