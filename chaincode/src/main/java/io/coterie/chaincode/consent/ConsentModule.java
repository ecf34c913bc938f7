package io.coterie.chaincode.consent;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the Consent precompile and publishes {@link ConsentReader} and {@link ConsentGate}. */
public final class ConsentModule extends SinglePrecompileModule {
  public ConsentModule() {
    super(
        "consent",
        new ConsentPrecompile(),
        registry -> {
          ConsentReader reader = new ConsentReader();
          registry.add(ConsentReader.class, reader);
          registry.add(ConsentGate.class, new ConsentGate(reader));
        });
  }
}
