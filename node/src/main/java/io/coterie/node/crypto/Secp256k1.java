package io.coterie.node.crypto;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * secp256k1 signing, public-key derivation and public-key recovery. {@link #get()} uses native
 * libsecp256k1 and falls back to BouncyCastle (logged once at warn) where the native library does
 * not load; both give identical results, which a test checks.
 */
public final class Secp256k1 {
  private static final Logger LOG = LoggerFactory.getLogger(Secp256k1.class);

  private final Secp256k1Engine engine;

  private Secp256k1(Secp256k1Engine engine) {
    this.engine = engine;
  }

  /** The preferred implementation for this process, chosen once. */
  public static Secp256k1 get() {
    return Preferred.INSTANCE;
  }

  public static Secp256k1 bouncyCastle() {
    return new Secp256k1(new BouncyCastleSecp256k1Engine());
  }

  /** The native implementation, or empty with a warning when libsecp256k1 cannot be loaded. */
  public static Optional<Secp256k1> nativeLibrary() {
    try {
      return Optional.of(new Secp256k1(NativeSecp256k1Engine.load()));
    } catch (RuntimeException | LinkageError e) {
      LOG.warn(
          "Native libsecp256k1 unavailable, using BouncyCastle (slower) reason={}", e.toString());
      return Optional.empty();
    }
  }

  public String implementation() {
    return engine.name();
  }

  public PublicKey publicKey(PrivateKey key) {
    return engine.publicKey(key);
  }

  /** Signs a 32-byte hash deterministically (RFC 6979); the result is always low-s. */
  public Signature sign(byte[] hash32, PrivateKey key) {
    return engine.sign(hash32, key);
  }

  /** The key that made {@code signature} over {@code hash32}, or empty when none can. */
  public Optional<PublicKey> recoverPublicKey(byte[] hash32, Signature signature) {
    return engine.recover(hash32, signature);
  }

  private static final class Preferred {
    static final Secp256k1 INSTANCE = nativeLibrary().orElseGet(Secp256k1::bouncyCastle);
  }
}
