package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.PublicKey;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** Elliptic-curve Diffie-Hellman on secp256k1: the x coordinate of {@code d * Q}. */
final class Ecdh {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

  private Ecdh() {}

  static byte[] agree(PrivateKey local, PublicKey remote) {
    ECPoint point = decode(remote.toBytes());
    ECPoint shared = point.multiply(new BigInteger(1, local.toBytes())).normalize();
    if (shared.isInfinity()) {
      throw new HandshakeException("ECDH produced the point at infinity");
    }
    return BigIntegers.asUnsignedByteArray(32, shared.getAffineXCoord().toBigInteger());
  }

  /** Refuses 64 bytes that are not a point on the curve (a peer could send any bytes). */
  static ECPoint decode(byte[] xy64) {
    byte[] sec = new byte[65];
    sec[0] = 0x04;
    System.arraycopy(xy64, 0, sec, 1, 64);
    try {
      ECPoint point = CURVE.getCurve().decodePoint(sec);
      if (!point.isValid()) {
        throw new HandshakeException("public key is not on secp256k1");
      }
      return point;
    } catch (IllegalArgumentException e) {
      throw new HandshakeException("public key is not on secp256k1: " + e.getMessage());
    }
  }
}
