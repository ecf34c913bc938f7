package io.coterie.chaincode.consent;

import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/** Provides the Consent precompile and publishes {@link ConsentReader}. */
public final class ConsentModule implements PrecompileModule {
  private final ConsentPrecompile precompile = new ConsentPrecompile();

  @Override
  public String name() {
    return "consent";
  }

  @Override
  public void register(ServiceRegistry registry) {
    registry.add(ConsentReader.class, new ConsentReader());
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
