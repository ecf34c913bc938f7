package io.coterie.chaincode.p256;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.support.TestHost;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** The precompile's edges: lengths, bounds, the curve check, and JDK-made signatures. */
class P256VerifyPrecompileTest {
  private static final ChainAddress CALLER = ChainAddress.of(0xca11);
  private final TestHost host = new TestHost(List.of(new P256VerifyPrecompile()));

  @Test
  void aJdkSignatureVerifiesAndAnyFlippedBitDoesNot() throws Exception {
    byte[] input = signedInput("hello".getBytes());
    assertThat(call(input)).isEqualTo(one());
    qt().withExamples(200)
        .withFixedSeed(Long.getLong("QT_SEED", 7212L))
        .forAll(integers().between(0, 160 * 8 - 1))
        .checkAssert(
            bit -> {
              byte[] flipped = input.clone();
              flipped[bit / 8] ^= (byte) (1 << (bit % 8));
              assertThat(call(flipped)).isEmpty();
            });
  }

  @Test
  void anInputOfAnyOtherLengthReturnsNothingAndStillCosts6900() throws Exception {
    byte[] input = signedInput("hello".getBytes());
    for (int length : new int[] {0, 1, 159, 161, 192}) {
      byte[] other = Arrays.copyOf(input, length);
      TestHost.Outcome out = host.call(CALLER, P256VerifyPrecompile.ADDRESS, other);
      assertThat(out.result().data()).isEmpty();
      assertThat(out.gasUsed()).isEqualTo(6_900);
    }
  }

  @Test
  void rOrSOfZeroOrNAndThePointAtInfinityAreRefused() throws Exception {
    byte[] input = signedInput("bounds".getBytes());
    assertThat(call(with(input, 1, BigInteger.ZERO))).isEmpty();
    assertThat(call(with(input, 2, P256.N))).isEmpty();
    assertThat(call(with(with(input, 3, BigInteger.ZERO), 4, BigInteger.ZERO))).isEmpty();
    assertThat(call(with(input, 3, P256.P))).isEmpty();
  }

  private byte[] call(byte[] input) {
    return host.call(CALLER, P256VerifyPrecompile.ADDRESS, input).result().data();
  }

  private static byte[] one() {
    byte[] one = new byte[32];
    one[31] = 1;
    return one;
  }

  private static byte[] with(byte[] input, int word, BigInteger value) {
    byte[] copy = input.clone();
    System.arraycopy(Numeric.toBytesPadded(value, 32), 0, copy, 32 * word, 32);
    return copy;
  }

  /**
   * hash ‖ r ‖ s ‖ x ‖ y for a fresh JDK key signing {@code message}
   * (SHA256withECDSAinP1363Format).
   */
  static byte[] signedInput(byte[] message) throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom(new byte[] {7}));
    KeyPair pair = gen.generateKeyPair();
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(pair.getPrivate());
    signer.update(message);
    byte[] sig = signer.sign();
    ECPublicKey pub = (ECPublicKey) pair.getPublic();
    byte[] input = new byte[160];
    System.arraycopy(P256VerifyWycheproofTest.sha256(message), 0, input, 0, 32);
    System.arraycopy(sig, 0, input, 32, 64);
    System.arraycopy(Numeric.toBytesPadded(pub.getW().getAffineX(), 32), 0, input, 96, 32);
    System.arraycopy(Numeric.toBytesPadded(pub.getW().getAffineY(), 32), 0, input, 128, 32);
    return input;
  }
}
