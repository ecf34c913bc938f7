package io.coterie.chaincode.reviews;

import io.coterie.chaincode.membership.CardsReader;
import io.coterie.chaincode.spi.StartedPrecompileModule;

/**
 * Provides the verified reviews precompile; needs the membership module's {@link CardsReader} (to
 * accept drop purchases). It publishes nothing: other precompiles write and read purchases through
 * {@link PurchaseRecords}.
 */
public final class ReviewsModule extends StartedPrecompileModule {
  public ReviewsModule() {
    super(
        "reviews",
        services ->
            new ReviewsPrecompile(services.require(CardsReader.class, "membership", "reviews")));
  }
}
