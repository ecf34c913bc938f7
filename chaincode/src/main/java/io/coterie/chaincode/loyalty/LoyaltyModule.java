package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.dao.VotingSourceKind;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/**
 * Provides the loyalty registry and the program tokens, publishes {@link LoyaltyReader}, and offers
 * {@link VotingSourceKind#POINTS_PROGRAM} voting power to the DAO governor (exact checkpoints of
 * programs that enabled votes, see {@link PointsVotingPower}). Needs the {@link RolesReader} the
 * roles module publishes and the {@link ConsentReader} the consent module publishes.
 */
public final class LoyaltyModule implements PrecompileModule {
  private ServiceRegistry registry;
  private List<List<Precompile>> versions = List.of();

  @Override
  public String name() {
    return "loyalty";
  }

  @Override
  public void register(ServiceRegistry registry) {
    this.registry = registry;
    registry.add(LoyaltyReader.class, new LoyaltyReader());
  }

  @Override
  public void start() {
    RolesReader roles =
        registry
            .find(RolesReader.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the loyalty module needs the roles module's RolesReader; put the roles"
                            + " module on the class path"));
    ConsentReader consents =
        registry
            .find(ConsentReader.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the loyalty module needs the consent module's ConsentReader (to reward"
                            + " consents); put the consent module on the class path"));
    LoyaltyRegistryPrecompile programs = new LoyaltyRegistryPrecompile(roles);
    versions =
        List.of(
            List.of(programs, new LoyaltyTokenPrecompile(roles, consents, 1)),
            List.of(programs, new LoyaltyTokenPrecompile(roles, consents, 2)));
    registry
        .find(VotingPowerSources.class)
        .ifPresent(
            sources -> sources.register(VotingSourceKind.POINTS_PROGRAM, PointsVotingPower::new));
  }

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return precompiles(1);
  }

  /** Version 2: behaviour rewards need the member's consent; the registry is the same. */
  @Override
  public int latestVersion() {
    return 2;
  }

  @Override
  public List<Precompile> precompiles(int version) {
    if (versions.isEmpty()) {
      return List.of();
    }
    if (version < 1 || version > versions.size()) {
      throw new IllegalArgumentException("loyalty has versions 1 and 2, not " + version);
    }
    return versions.get(version - 1);
  }
}
