package io.coterie.node.crypto;

import java.util.Optional;

/** One implementation of the curve operations {@link Secp256k1} needs. */
interface Secp256k1Engine {
  String name();

  PublicKey publicKey(PrivateKey key);

  /** A deterministic (RFC 6979), low-s signature with its recovery id. */
  Signature sign(byte[] hash32, PrivateKey key);

  Optional<PublicKey> recover(byte[] hash32, Signature signature);

  static void requireHash(byte[] hash32) {
    if (hash32.length != 32) {
      throw new IllegalArgumentException("a message hash is 32 bytes, got " + hash32.length);
    }
  }

  /** Finds the recovery id of a low-s (r, s) made by {@code key}. */
  static Signature withRecoveryId(
      Secp256k1Engine engine,
      byte[] hash32,
      java.math.BigInteger r,
      java.math.BigInteger s,
      PublicKey expected) {
    for (int recoveryId = 0; recoveryId <= 1; recoveryId++) {
      Signature candidate = new Signature(r, s, recoveryId);
      if (engine.recover(hash32, candidate).filter(expected::equals).isPresent()) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        engine.name() + " made a signature that recovers to neither key; the library is broken");
  }
}
