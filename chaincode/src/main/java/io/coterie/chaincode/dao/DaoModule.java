package io.coterie.chaincode.dao;

import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/**
 * Provides the DAO governor and publishes {@link VotingPowerSources}, where the membership and
 * loyalty modules offer card and points voting power, and {@link GovernorReader}.
 */
public final class DaoModule implements PrecompileModule {
  private final VotingPowerSources sources = new VotingPowerSources();
  private final GovernorPrecompile precompile = new GovernorPrecompile(sources);

  @Override
  public String name() {
    return "dao";
  }

  @Override
  public void register(ServiceRegistry registry) {
    registry.add(VotingPowerSources.class, sources);
    registry.add(GovernorReader.class, new GovernorReader(sources));
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
