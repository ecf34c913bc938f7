package io.coterie.node.crypto;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9IntegerConverter;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Pure-Java secp256k1 on BouncyCastle: the fallback when the native library does not load. It must
 * not reference the native binding's classes, which may be absent.
 */
final class BouncyCastleSecp256k1Engine implements Secp256k1Engine {
  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters CURVE =
      new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), PARAMS.getN(), PARAMS.getH());
  private static final BigInteger FIELD_PRIME = PARAMS.getCurve().getField().getCharacteristic();

  @Override
  public String name() {
    return "BouncyCastle";
  }

  @Override
  public PublicKey publicKey(PrivateKey key) {
    ECPoint point = new FixedPointCombMultiplier().multiply(CURVE.getG(), key.scalar());
    return PublicKey.fromUncompressed(point.getEncoded(false));
  }

  @Override
  public Signature sign(byte[] hash32, PrivateKey key) {
    Secp256k1Engine.requireHash(hash32);
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(key.scalar(), CURVE));
    BigInteger[] rs = signer.generateSignature(hash32);
    BigInteger s = rs[1];
    if (s.compareTo(Signature.HALF_CURVE_ORDER) > 0) {
      s = CURVE.getN().subtract(s);
    }
    return Secp256k1Engine.withRecoveryId(this, hash32, rs[0], s, publicKey(key));
  }

  /** SEC 1 v2 section 4.1.6 with j = 0 (x = r), which recovery ids 0 and 1 cover. */
  @Override
  public Optional<PublicKey> recover(byte[] hash32, Signature signature) {
    Secp256k1Engine.requireHash(hash32);
    BigInteger n = CURVE.getN();
    BigInteger r = signature.r();
    if (r.compareTo(FIELD_PRIME) >= 0) {
      return Optional.empty();
    }
    ECPoint bigR;
    try {
      bigR = decompress(r, signature.recoveryId() == 1);
    } catch (IllegalArgumentException notOnCurve) {
      return Optional.empty();
    }
    BigInteger e = new BigInteger(1, hash32);
    BigInteger rInverse = r.modInverse(n);
    BigInteger u1 = n.subtract(e).multiply(rInverse).mod(n);
    BigInteger u2 = signature.s().multiply(rInverse).mod(n);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), u1, bigR, u2).normalize();
    if (q.isInfinity()) {
      return Optional.empty();
    }
    return Optional.of(PublicKey.fromUncompressed(q.getEncoded(false)));
  }

  private static ECPoint decompress(BigInteger x, boolean oddY) {
    X9IntegerConverter converter = new X9IntegerConverter();
    byte[] encoded = converter.integerToBytes(x, 1 + converter.getByteLength(CURVE.getCurve()));
    encoded[0] = (byte) (oddY ? 0x03 : 0x02);
    return CURVE.getCurve().decodePoint(encoded);
  }
}
