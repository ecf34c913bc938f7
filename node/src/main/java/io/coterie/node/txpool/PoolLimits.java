package io.coterie.node.txpool;

/**
 * Bounds on the pool's size. Load generators send thousands of transactions from one account, so
 * the per-sender bound is generous; account permissioning, not fees, keeps strangers out.
 *
 * @param maxTotal transactions held in all (pending and queued)
 * @param maxPerSender transactions held for one sender
 * @param maxNonceGap how far past a sender's next nonce a transaction may be queued
 * @param priceBumpPercent how much a replacement must raise both the fee cap and the tip
 */
public record PoolLimits(int maxTotal, int maxPerSender, long maxNonceGap, int priceBumpPercent) {
  public static final PoolLimits DEFAULTS = new PoolLimits(100_000, 5_000, 5_000, 10);

  public PoolLimits {
    if (maxTotal < 1 || maxPerSender < 1) {
      throw new IllegalArgumentException(
          "maxTotal and maxPerSender must be at least 1, got " + maxTotal + " and " + maxPerSender);
    }
    if (maxNonceGap < 0 || priceBumpPercent < 0) {
      throw new IllegalArgumentException(
          "maxNonceGap and priceBumpPercent must not be negative, got "
              + maxNonceGap
              + " and "
              + priceBumpPercent);
    }
  }
}
