package io.coterie.chaincode.samples;

import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/**
 * Provides the sample campaigns precompile; needs the roles module's {@link RolesReader}, the
 * membership module's {@link CardsReader} and the consent module's {@link ConsentReader}.
 */
public final class SampleCampaignsModule implements PrecompileModule {
  private ServiceRegistry registry;
  private List<Precompile> precompiles = List.of();

  @Override
  public String name() {
    return "samples";
  }

  @Override
  public void register(ServiceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void start() {
    precompiles =
        List.of(
            new SampleCampaignsPrecompile(
                need(RolesReader.class, "roles"),
                need(CardsReader.class, "membership"),
                need(ConsentReader.class, "consent")));
  }

  private <T> T need(Class<T> type, String module) {
    return registry
        .find(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the samples module needs the %s module's %s; put the %s module on the class path"
                        .formatted(module, type.getSimpleName(), module)));
  }

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return precompiles;
  }
}
