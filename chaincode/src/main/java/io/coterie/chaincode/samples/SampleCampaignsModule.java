package io.coterie.chaincode.samples;

import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.roles.RolesReader;
import io.coterie.chaincode.spi.StartedPrecompileModule;

/**
 * Provides the sample campaigns precompile; needs the roles module's {@link RolesReader}, the
 * membership module's {@link CardsReader} and the consent module's {@link ConsentReader}.
 */
public final class SampleCampaignsModule extends StartedPrecompileModule {
  public SampleCampaignsModule() {
    super(
        "samples",
        services ->
            new SampleCampaignsPrecompile(
                services.require(RolesReader.class, "roles", "samples"),
                services.require(CardsReader.class, "membership", "samples"),
                services.require(ConsentReader.class, "consent", "samples")));
  }
}
