package io.coterie.chaincode.share;

import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.loyalty.LoyaltyReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.StartedPrecompileModule;

/**
 * Provides the profit-sharing precompile; publishes nothing. Needs the roles module's {@link
 * RolesReader}, the loyalty module's {@link LoyaltyReader} and the DAO module's {@link
 * VotingPowerSources} (snapshot weights), all found at start.
 */
public final class ProfitSharingModule extends StartedPrecompileModule {
  public ProfitSharingModule() {
    super(
        "profitsharing",
        services ->
            new ProfitSharingPrecompile(
                services.require(RolesReader.class, "roles", "profit-sharing"),
                services.require(LoyaltyReader.class, "loyalty", "profit-sharing"),
                services.require(VotingPowerSources.class, "dao", "profit-sharing")));
  }
}
