package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A loyalty program as the registry stores it.
 *
 * @param shopDailyCap most points one shop may award per UTC day (timestamp / 86400); 0 = no cap
 * @param maxBalance most points a member may hold; 0 = no cap
 * @param tierThresholds lifetime-earned points needed for tier 1, 2, … (strictly ascending)
 * @param behaviourRewards points per behaviour kind, in {@link Behaviour} order; 0 = disabled
 */
public record Program(
    long id,
    ChainAddress brand,
    String name,
    String symbol,
    int decimals,
    boolean transferable,
    long validitySeconds,
    BigInteger shopDailyCap,
    BigInteger maxBalance,
    List<BigInteger> tierThresholds,
    List<BigInteger> behaviourRewards) {
  public Program {
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(shopDailyCap, "shopDailyCap");
    Objects.requireNonNull(maxBalance, "maxBalance");
    tierThresholds = List.copyOf(tierThresholds);
    behaviourRewards = List.copyOf(behaviourRewards);
    if (behaviourRewards.size() != Behaviour.values().length) {
      throw new IllegalArgumentException(
          "a program has %d behaviour rewards, got %d"
              .formatted(Behaviour.values().length, behaviourRewards.size()));
    }
  }

  /** The program's token address {@code 0x…2000 + id}. */
  public ChainAddress token() {
    return LoyaltyAddresses.token(id);
  }
}
