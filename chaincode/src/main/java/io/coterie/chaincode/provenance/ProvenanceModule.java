package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.SinglePrecompileModule;
import java.util.List;

/**
 * Provides the Provenance precompile, versions 1 and 2 (see {@link LotCreationRules}), and
 * publishes {@link ProvenanceReader}.
 */
public final class ProvenanceModule extends SinglePrecompileModule {
  public ProvenanceModule() {
    super(
        "provenance",
        List.of(ProvenancePrecompile.ofVersion(1), ProvenancePrecompile.ofVersion(2)),
        registry -> registry.add(ProvenanceReader.class, new ProvenanceReader()));
  }
}
