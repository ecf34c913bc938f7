package io.coterie.chaincode.works;

import java.math.BigInteger;

/**
 * How a price in points divides between the creator and the seller (or holder): the royalty is
 * {@code floor(price * royaltyBps / 10000)}, the remainder of the division goes to the seller, so
 * {@code royalty + proceeds == price} exactly. When the seller is the creator, both parts are
 * theirs.
 */
record RoyaltySplit(BigInteger price, BigInteger royalty, BigInteger proceeds) {
  static final BigInteger BPS = BigInteger.valueOf(10_000);

  /** The highest royalty a work may carry: 10 %. */
  static final int MAX_ROYALTY_BPS = 1_000;

  static RoyaltySplit of(BigInteger price, int royaltyBps) {
    BigInteger royalty = price.multiply(BigInteger.valueOf(royaltyBps)).divide(BPS);
    return new RoyaltySplit(price, royalty, price.subtract(royalty));
  }
}
