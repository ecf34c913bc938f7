package io.coterie.node.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Secp256k1Test {
  private static final Secp256k1 BOUNCY = Secp256k1.bouncyCastle();
  private static Secp256k1 nativeLib;

  @BeforeAll
  static void loadNative() {
    nativeLib = Secp256k1.nativeLibrary().orElse(null);
  }

  private static Secp256k1 nativeOrSkip() {
    assumeTrue(nativeLib != null, "native libsecp256k1 did not load on this platform");
    return nativeLib;
  }

  static Stream<Arguments> seededKeysAndHashes() {
    Random random = new Random(20_260_424L);
    return IntStream.range(0, 40)
        .mapToObj(
            i -> {
              byte[] hash = new byte[32];
              random.nextBytes(hash);
              BigInteger d = new BigInteger(256, random).mod(Signature.CURVE_ORDER);
              return Arguments.of(
                  "key#" + i,
                  PrivateKey.fromBigInteger(d.signum() == 0 ? BigInteger.ONE : d),
                  hash);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seededKeysAndHashes")
  void nativeAndBouncyCastleProduceIdenticalKeysSignaturesAndRecoveries(
      String name, PrivateKey key, byte[] hash) {
    Secp256k1 nativeCurve = nativeOrSkip();
    assertThat(nativeCurve.publicKey(key)).isEqualTo(BOUNCY.publicKey(key));
    Signature nativeSig = nativeCurve.sign(hash, key);
    Signature bouncySig = BOUNCY.sign(hash, key);
    assertThat(nativeSig).isEqualTo(bouncySig);
    assertThat(nativeSig.isLowS()).isTrue();
    assertThat(nativeCurve.recoverPublicKey(hash, nativeSig)).contains(BOUNCY.publicKey(key));
    assertThat(BOUNCY.recoverPublicKey(hash, nativeSig)).contains(BOUNCY.publicKey(key));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seededKeysAndHashes")
  void bothRecoverTheSameKeyFromHighSAndFlippedParity(String name, PrivateKey key, byte[] hash) {
    Secp256k1 nativeCurve = nativeOrSkip();
    Signature sig = BOUNCY.sign(hash, key);
    Signature highS =
        new Signature(sig.r(), Signature.CURVE_ORDER.subtract(sig.s()), 1 - sig.recoveryId());
    assertThat(highS.isLowS()).isFalse();
    assertThat(nativeCurve.recoverPublicKey(hash, highS)).contains(BOUNCY.publicKey(key));
    assertThat(BOUNCY.recoverPublicKey(hash, highS)).contains(BOUNCY.publicKey(key));
    Signature wrongParity = new Signature(sig.r(), sig.s(), 1 - sig.recoveryId());
    Optional<PublicKey> nativeOther = nativeCurve.recoverPublicKey(hash, wrongParity);
    assertThat(nativeOther).isEqualTo(BOUNCY.recoverPublicKey(hash, wrongParity));
    assertThat(nativeOther).isNotEqualTo(Optional.of(BOUNCY.publicKey(key)));
  }

  @Test
  void bothRefuseAnRWhosePointIsNotOnTheCurve() {
    Secp256k1 nativeCurve = nativeOrSkip();
    byte[] hash = new byte[32];
    hash[0] = 1;
    // x = 5 has no y on secp256k1 (5^3 + 7 = 132 is not a quadratic residue mod p).
    Signature offCurve = new Signature(BigInteger.valueOf(5), BigInteger.ONE, 0);
    assertThat(nativeCurve.recoverPublicKey(hash, offCurve)).isEmpty();
    assertThat(BOUNCY.recoverPublicKey(hash, offCurve)).isEmpty();
  }

  @Test
  void randomKeysAgreeAcrossImplementations() {
    Secp256k1 nativeCurve = nativeOrSkip();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 20; i++) {
      PrivateKey key = PrivateKey.random(random);
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      assertThat(nativeCurve.sign(hash, key)).isEqualTo(BOUNCY.sign(hash, key));
    }
  }

  @Test
  void knownKeyDerivesItsKnownPublicKey() {
    // The first Hardhat development account.
    PrivateKey key =
        PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    for (Secp256k1 curve : curves()) {
      assertThat(HexFormat.of().formatHex(curve.publicKey(key).addressBytes()))
          .isEqualTo("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    }
  }

  @Test
  void signatureRoundTripsThroughItsSixtyFiveByteForm() {
    Signature sig = BOUNCY.sign(new byte[32], PrivateKey.fromBigInteger(BigInteger.TWO));
    assertThat(Signature.fromBytes65(sig.toBytes65())).isEqualTo(sig);
  }

  @Test
  void privateKeyNeverPrintsItsSecret() {
    PrivateKey key =
        PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThat(key.toString()).doesNotContain("ac0974");
    assertThat(new NodeKey(key).toString()).doesNotContain("ac0974");
  }

  @Test
  void signatureRefusesOutOfRangeValues() {
    assertThat(Signature.problem(BigInteger.ZERO, BigInteger.ONE, 0)).isPresent();
    assertThat(Signature.problem(BigInteger.ONE, Signature.CURVE_ORDER, 0)).isPresent();
    assertThat(Signature.problem(BigInteger.ONE, BigInteger.ONE, 2)).isPresent();
    assertThat(Signature.problem(BigInteger.ONE, BigInteger.ONE, 1)).isEmpty();
  }

  private static List<Secp256k1> curves() {
    return nativeLib == null ? List.of(BOUNCY) : List.of(BOUNCY, nativeLib);
  }
}
