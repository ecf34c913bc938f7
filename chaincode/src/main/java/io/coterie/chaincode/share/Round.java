package io.coterie.chaincode.share;

import io.coterie.chaincode.spi.ChainAddress;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A distribution round as stored. Weights are read at {@code snapshotBlock} (for {@link
 * WeightSource#LISTED}, the opening block); claims are open while the block number is below {@code
 * expiryBlock}.
 */
public record Round(
    BigInteger id,
    ChainAddress funder,
    long programId,
    BigInteger amount,
    WeightSource source,
    long sourceId,
    long snapshotBlock,
    long expiryBlock,
    BigInteger totalWeight,
    BigInteger claimedTotal,
    boolean reclaimed) {
  public Round {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(totalWeight, "totalWeight");
    Objects.requireNonNull(claimedTotal, "claimedTotal");
  }

  /** These terms as round {@code newId}, nothing claimed yet. */
  public Round withId(BigInteger newId) {
    return new Round(
        newId,
        funder,
        programId,
        amount,
        source,
        sourceId,
        snapshotBlock,
        expiryBlock,
        totalWeight,
        BigInteger.ZERO,
        false);
  }

  /**
   * A member's share: {@code amount * weight / totalWeight}, rounded down. The floors of all
   * members never sum to more than {@code amount}; the rest goes back to the funder.
   */
  public BigInteger shareOf(BigInteger weight) {
    return amount.multiply(weight).divide(totalWeight);
  }

  public boolean expiredAt(long blockNumber) {
    return blockNumber >= expiryBlock;
  }

  /** What {@code reclaimExpired} returns: everything not claimed, floor remainders included. */
  public BigInteger unclaimed() {
    return amount.subtract(claimedTotal);
  }
}
