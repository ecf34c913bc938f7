package io.coterie.chaincode.farmshare;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * What a farm offers for a season: {@code shares} shares at {@code pricePerShare} points of program
 * {@code programId} each, starting at {@code seasonStart}, with deliveries planned at {@code
 * plannedAt} (ascending).
 */
public record SeasonTerms(
    ChainAddress farm,
    String name,
    BigInteger shares,
    long programId,
    BigInteger pricePerShare,
    long seasonStart,
    List<Long> plannedAt) {
  public SeasonTerms {
    Objects.requireNonNull(farm, "farm");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(pricePerShare, "pricePerShare");
    plannedAt = List.copyOf(plannedAt);
  }

  /** The points {@code count} shares cost: exact, {@code pricePerShare * count}. */
  public BigInteger price(BigInteger count) {
    return pricePerShare.multiply(count);
  }
}
