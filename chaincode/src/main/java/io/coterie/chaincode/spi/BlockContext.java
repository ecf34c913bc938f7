package io.coterie.chaincode.spi;

import java.util.Objects;

/**
 * The block a call executes in: the only source of "time" and "who produced this" for chaincode.
 *
 * @param number block number
 * @param timestampSeconds the block header's timestamp, in seconds since the Unix epoch
 * @param proposer the block's proposer (Ethereum's coinbase)
 * @param gasLimit the block gas limit
 * @param chainId the EIP-155 chain id
 */
public record BlockContext(
    long number, long timestampSeconds, ChainAddress proposer, long gasLimit, long chainId) {
  public BlockContext {
    Objects.requireNonNull(proposer, "proposer");
    if (number < 0 || timestampSeconds < 0 || gasLimit < 0 || chainId <= 0) {
      throw new IllegalArgumentException(
          "block context needs number, timestamp and gasLimit >= 0 and chainId > 0, got number=%d timestampSeconds=%d gasLimit=%d chainId=%d"
              .formatted(number, timestampSeconds, gasLimit, chainId));
    }
  }
}
