package io.coterie.chaincode.membership;

import io.coterie.chaincode.dao.VotingPowerSources;
import io.coterie.chaincode.dao.VotingSourceKind;
import io.coterie.chaincode.roles.RoleRevocationHooks;
import io.coterie.chaincode.roles.StandardRoles;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/**
 * Provides the membership registry and collections, publishes {@link CardVotesReader} and {@link
 * CardsReader}, burns member cards when MEMBER_ROLE is revoked, and offers {@link
 * VotingSourceKind#CARD_COLLECTION} voting power to the DAO governor.
 */
public final class MembershipModule implements PrecompileModule {
  private final RegistryPrecompile registry = new RegistryPrecompile();
  private final CollectionPrecompile collections = new CollectionPrecompile();
  private final CardVotesReader votes = new CardVotesReader();
  private ServiceRegistry services;

  @Override
  public String name() {
    return "membership";
  }

  @Override
  public void register(ServiceRegistry services) {
    this.services = services;
    services.add(CardVotesReader.class, votes);
    services.add(CardsReader.class, new CardsReader());
  }

  /**
   * Makes MEMBER_ROLE revocations burn member cards (see {@link MemberCards}) and offers card votes
   * to the DAO module's governor, when that module is loaded.
   */
  @Override
  public void start() {
    services
        .find(RoleRevocationHooks.class)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the membership module needs the roles module's RoleRevocationHooks (so that"
                        + " revoking MEMBER_ROLE burns member cards); put the roles module on the"
                        + " class path"))
        .register(StandardRoles.MEMBER_ROLE, MemberCards.burnOnRevocation());
    services
        .find(VotingPowerSources.class)
        .ifPresent(
            sources ->
                sources.register(
                    VotingSourceKind.CARD_COLLECTION, id -> new CardVotingPower(votes, id)));
  }

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return List.of(registry, collections);
  }
}
