package io.coterie.node.state;

import io.coterie.node.types.Hash;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An account as the state trie holds it: RLP {@code [nonce, balance, storageRoot, codeHash]}.
 * Coterie has no EVM, so code is only ever a hash (precompile accounts may carry marker code from
 * genesis).
 */
public record Account(long nonce, BigInteger balance, Hash storageRoot, Hash codeHash) {
  /** The fields a never-touched address reads as. */
  public static final Account EMPTY = new Account(0, BigInteger.ZERO, Hash.EMPTY_TRIE, Hash.EMPTY);

  public Account {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(storageRoot, "storageRoot");
    Objects.requireNonNull(codeHash, "codeHash");
    if (nonce < 0) {
      throw new IllegalArgumentException("nonce must not be negative, got " + nonce);
    }
    if (balance.signum() < 0 || balance.bitLength() > 256) {
      throw new IllegalArgumentException("balance must fit in 256 unsigned bits, got " + balance);
    }
  }

  public Account withNonce(long newNonce) {
    return new Account(newNonce, balance, storageRoot, codeHash);
  }

  public Account withBalance(BigInteger newBalance) {
    return new Account(nonce, newBalance, storageRoot, codeHash);
  }

  public Account withCodeHash(Hash newCodeHash) {
    return new Account(nonce, balance, storageRoot, newCodeHash);
  }

  Account withStorageRoot(Hash newStorageRoot) {
    return new Account(nonce, balance, newStorageRoot, codeHash);
  }
}
