package io.coterie.chaincode.provenance;

import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/** Provides the Provenance precompile and publishes {@link ProvenanceReader}. */
public final class ProvenanceModule implements PrecompileModule {
  private final ProvenancePrecompile precompile = new ProvenancePrecompile();

  @Override
  public String name() {
    return "provenance";
  }

  @Override
  public void register(ServiceRegistry registry) {
    registry.add(ProvenanceReader.class, new ProvenanceReader());
  }

  @Override
  public void start() {}

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return List.of(precompile);
  }
}
