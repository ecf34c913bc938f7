package io.coterie.chaincode.p256;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA verification over NIST P-256 (secp256r1) with BouncyCastle's curve and signer, checking
 * every input bound EIP-7951 names before the curve arithmetic runs.
 */
public final class P256 {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

  /** The group order n. */
  public static final BigInteger N = CURVE.getN();

  /** The field prime p. */
  public static final BigInteger P = CURVE.getCurve().getField().getCharacteristic();

  private P256() {}

  /**
   * Whether {@code (r, s)} signs {@code hash} for the public key {@code (x, y)}: false when r or s
   * is outside [1, n-1], a coordinate is outside [0, p-1] or the point is not on the curve (the
   * point at infinity has no affine coordinates, so (0, 0) fails the curve equation).
   */
  public static boolean verify(
      byte[] hash, BigInteger r, BigInteger s, BigInteger x, BigInteger y) {
    if (!inScalarRange(r) || !inScalarRange(s) || !inField(x) || !inField(y)) {
      return false;
    }
    ECPoint point;
    try {
      point = CURVE.getCurve().validatePoint(x, y);
    } catch (IllegalArgumentException notOnCurve) {
      return false;
    }
    ECDSASigner signer = new ECDSASigner();
    signer.init(false, new ECPublicKeyParameters(point, DOMAIN));
    return signer.verifySignature(hash, r, s);
  }

  /** Whether {@code (x, y)} is a point of the curve other than infinity. */
  public static boolean isOnCurve(BigInteger x, BigInteger y) {
    if (!inField(x) || !inField(y)) {
      return false;
    }
    try {
      CURVE.getCurve().validatePoint(x, y);
      return true;
    } catch (IllegalArgumentException notOnCurve) {
      return false;
    }
  }

  private static boolean inScalarRange(BigInteger v) {
    return v.signum() > 0 && v.compareTo(N) < 0;
  }

  private static boolean inField(BigInteger v) {
    return v.signum() >= 0 && v.compareTo(P) < 0;
  }
}
