package io.coterie.chaincode.membership;

import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/** Provides the membership registry and collections, and publishes {@link CardVotesReader}. */
public final class MembershipModule implements PrecompileModule {
  private final RegistryPrecompile registry = new RegistryPrecompile();
  private final CollectionPrecompile collections = new CollectionPrecompile();

  @Override
  public String name() {
    return "membership";
  }

  @Override
  public void register(ServiceRegistry services) {
    services.add(CardVotesReader.class, new CardVotesReader());
  }

  @Override
  public void start() {}

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return List.of(registry, collections);
  }
}
