package io.coterie.chaincode.reviews;

import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.spi.Precompile;
import io.coterie.chaincode.spi.PrecompileModule;
import io.coterie.chaincode.spi.ServiceRegistry;
import java.util.List;

/**
 * Provides the verified reviews precompile; needs the membership module's {@link CardsReader} (to
 * accept drop purchases). It publishes nothing: other precompiles write and read purchases through
 * {@link PurchaseRecords}.
 */
public final class ReviewsModule implements PrecompileModule {
  private ServiceRegistry registry;
  private List<Precompile> precompiles = List.of();

  @Override
  public String name() {
    return "reviews";
  }

  @Override
  public void register(ServiceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void start() {
    CardsReader cards =
        registry
            .find(CardsReader.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the reviews module needs the membership module's CardsReader (to accept"
                            + " drop purchases); put the membership module on the class path"));
    precompiles = List.of(new ReviewsPrecompile(cards));
  }

  @Override
  public void stop() {}

  @Override
  public List<Precompile> precompiles() {
    return precompiles;
  }
}
