package io.coterie.chaincode.samples;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A sample campaign: {@code merchant} (the brand or shop that created it, to whom a required
 * consent is granted) gives {@code stock} samples of {@code productId}, claimable from {@code
 * opensAt} (inclusive) to {@code closesAt} (exclusive), block timestamps, by members holding a card
 * of {@code cardCollection} of tier {@code minTier} or higher; {@code shop} ships them.
 */
public record Campaign(
    ChainAddress merchant,
    ChainAddress shop,
    Word productId,
    BigInteger stock,
    BigInteger claimed,
    long opensAt,
    long closesAt,
    long cardCollection,
    int minTier,
    Word consentPurpose) {
  public Campaign {
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(shop, "shop");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(stock, "stock");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(consentPurpose, "consentPurpose");
  }

  /** Samples left to claim. */
  public BigInteger remaining() {
    return stock.subtract(claimed);
  }

  /** Whether claims are accepted at block time {@code now}. */
  public boolean openAt(long now) {
    return now >= opensAt && now < closesAt;
  }
}
