package io.coterie.chaincode.share;

import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.loyalty.LoyaltyReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/**
 * Provides the profit-sharing precompile; publishes nothing. Needs the roles module's {@link
 * RolesReader}, the loyalty module's {@link LoyaltyReader} and the DAO module's {@link
 * VotingPowerSources} (snapshot weights), all found at start.
 */
public final class ProfitSharingModule implements PrecompileModule {
  private ServiceRegistry registry;
  private List<Precompile> precompiles = List.of();

  @Override
  public String name() {
    return "profitsharing";
  }

  @Override
  public void register(ServiceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void start() {
    precompiles =
        List.of(
            new ProfitSharingPrecompile(
                need(RolesReader.class, "roles"),
                need(LoyaltyReader.class, "loyalty"),
                need(VotingPowerSources.class, "dao")));
  }

  private <T> T need(Class<T> type, String module) {
    return registry
        .find(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the profit-sharing module needs the %s module's %s; put the %s module on the class path"
                        .formatted(module, type.getSimpleName(), module)));
  }

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return precompiles;
  }
}
