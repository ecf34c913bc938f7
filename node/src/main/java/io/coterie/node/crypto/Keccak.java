package io.coterie.node.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256 as Ethereum uses it (the original Keccak padding, not NIST SHA3-256).
 *
 * <p>Each thread reuses one digest ({@code doFinal} resets it) instead of allocating a fresh {@link
 * KeccakDigest}'s state and queue (about 400 bytes) per hash on the trie, slot and transaction-hash
 * paths; KeccakBenchmark compares the two.
 */
public final class Keccak {
  private static final ThreadLocal<KeccakDigest> DIGEST =
      ThreadLocal.withInitial(() -> new KeccakDigest(256));

  private Keccak() {}

  public static byte[] hash(byte[] input) {
    return hash(input, 0, input.length);
  }

  public static byte[] hash(byte[] input, int offset, int length) {
    KeccakDigest digest = DIGEST.get();
    digest.update(input, offset, length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
