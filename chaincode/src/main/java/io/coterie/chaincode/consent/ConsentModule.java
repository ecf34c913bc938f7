package io.coterie.chaincode.consent;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the Consent precompile and publishes {@link ConsentReader}. */
public final class ConsentModule extends SinglePrecompileModule {
  public ConsentModule() {
    super(
        "consent",
        new ConsentPrecompile(),
        registry -> registry.add(ConsentReader.class, new ConsentReader()));
  }
}
