package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.SinglePrecompileModule;

/** Provides the Provenance precompile and publishes {@link ProvenanceReader}. */
public final class ProvenanceModule extends SinglePrecompileModule {
  public ProvenanceModule() {
    super(
        "provenance",
        new ProvenancePrecompile(),
        registry -> registry.add(ProvenanceReader.class, new ProvenanceReader()));
  }
}
