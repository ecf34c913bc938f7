package io.coterie.genesis.spec;

import java.math.BigInteger;
import java.util.Objects;

/** A genesis balance in wei. Negative or oversized balances are reported by the validator. */
public record Allocation(GenesisAddress address, BigInteger balanceWei) {
  public static final BigInteger WEI_PER_COIN = BigInteger.TEN.pow(18);

  public Allocation {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(balanceWei, "balanceWei");
  }

  public static Allocation ofCoins(GenesisAddress address, long coins) {
    return new Allocation(address, BigInteger.valueOf(coins).multiply(WEI_PER_COIN));
  }
}
