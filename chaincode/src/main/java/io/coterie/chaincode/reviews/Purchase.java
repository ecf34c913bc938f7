package io.coterie.chaincode.reviews;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A recorded purchase: {@code buyer} obtained {@code productId} through {@code source}; {@code
 * sourceRef} says which sale (the sample campaign id, the drop's key).
 */
public record Purchase(
    BigInteger id, ChainAddress buyer, Word productId, PurchaseSource source, Word sourceRef) {
  public Purchase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceRef, "sourceRef");
  }
}
