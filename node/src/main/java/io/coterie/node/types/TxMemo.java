package io.coterie.node.types;

import java.util.function.Supplier;

/**
 * Per-instance cache of derived values (hash, sender, envelope) carried as the last record
 * component of each transaction record, because records cannot have other instance fields. It takes
 * no part in equality: two transactions with the same fields are equal whatever their caches hold.
 */
final class TxMemo {
  private volatile Hash hash;
  private volatile SignatureCheck signatureCheck;
  private volatile byte[] envelope;

  Hash hash(Supplier<Hash> compute) {
    Hash value = hash;
    if (value == null) {
      value = compute.get();
      hash = value;
    }
    return value;
  }

  byte[] envelope(Supplier<byte[]> compute) {
    byte[] value = envelope;
    if (value == null) {
      value = compute.get();
      envelope = value;
    }
    return value;
  }

  SignatureCheck signatureCheck(Supplier<SignatureCheck> compute) {
    SignatureCheck value = signatureCheck;
    if (value == null) {
      value = compute.get();
      signatureCheck = value;
    }
    return value;
  }

  /**
   * Takes {@code other}'s signature check when this memo has none: the caller has made sure both
   * belong to the same signed transaction (equal envelope hashes), so the sender is the same.
   */
  void adoptSignatureCheck(TxMemo other) {
    SignatureCheck theirs = other.signatureCheck;
    if (signatureCheck == null && theirs != null) {
      signatureCheck = theirs;
    }
  }

  static TxMemo of(Transaction tx) {
    if (tx instanceof LegacyTx legacy) {
      return legacy.memo();
    }
    if (tx instanceof AccessListTx accessList) {
      return accessList.memo();
    }
    return ((DynamicFeeTx) tx).memo();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TxMemo;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return "cached";
  }
}
