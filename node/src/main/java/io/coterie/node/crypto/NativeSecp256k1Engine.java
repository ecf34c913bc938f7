package io.coterie.node.crypto;

import fr.acinq.secp256k1.Secp256k1Exception;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** libsecp256k1 through the secp256k1-kmp JNI binding. */
final class NativeSecp256k1Engine implements Secp256k1Engine {
  private final fr.acinq.secp256k1.Secp256k1 lib;

  private NativeSecp256k1Engine(fr.acinq.secp256k1.Secp256k1 lib) {
    this.lib = lib;
  }

  /** Loads the native library and checks it with one key derivation; throws if it cannot. */
  static NativeSecp256k1Engine load() {
    NativeSecp256k1Engine engine = new NativeSecp256k1Engine(fr.acinq.secp256k1.Secp256k1.get());
    byte[] one = new byte[32];
    one[31] = 1;
    engine.lib.pubkeyCreate(one);
    return engine;
  }

  @Override
  public String name() {
    return "native libsecp256k1";
  }

  @Override
  public PublicKey publicKey(PrivateKey key) {
    return PublicKey.fromUncompressed(lib.pubkeyCreate(key.toBytes()));
  }

  @Override
  public Signature sign(byte[] hash32, PrivateKey key) {
    Secp256k1Engine.requireHash(hash32);
    byte[] compact = lib.sign(hash32, key.toBytes(), null); // libsecp256k1 always returns low-s
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(compact, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(compact, 32, 64));
    return Secp256k1Engine.withRecoveryId(this, hash32, r, s, publicKey(key));
  }

  @Override
  public Optional<PublicKey> recover(byte[] hash32, Signature signature) {
    Secp256k1Engine.requireHash(hash32);
    try {
      return Optional.of(
          PublicKey.fromUncompressed(
              lib.ecdsaRecover(signature.toCompact(), hash32, signature.recoveryId())));
    } catch (Secp256k1Exception e) {
      return Optional.empty();
    }
  }
}
