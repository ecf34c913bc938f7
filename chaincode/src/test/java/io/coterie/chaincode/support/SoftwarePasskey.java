package io.coterie.chaincode.support;

import io.coterie.chaincode.spi.Word;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * A software WebAuthn authenticator with one P-256 key: builds authenticatorData and clientDataJSON
 * as a browser and a platform authenticator would, and signs them (RFC 6979). {@link Parts} lets a
 * test break one rule at a time.
 */
public final class SoftwarePasskey {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

  private final BigInteger d;
  private final Word x;
  private final Word y;

  public SoftwarePasskey(BigInteger d) {
    this.d = d;
    ECPoint q = CURVE.getG().multiply(d).normalize();
    this.x = Word.of(q.getAffineXCoord().toBigInteger());
    this.y = Word.of(q.getAffineYCoord().toBigInteger());
  }

  public Word x() {
    return x;
  }

  public Word y() {
    return y;
  }

  /** What goes into one assertion; each field can be set wrong on purpose. */
  public record Parts(String rpId, int flags, String type, String challenge, String origin) {
    /** A browser's assertion at {@code origin} (host as rpId, UP and UV set) for {@code hash}. */
    public static Parts of(Word hash, String origin) {
      String host = origin.replaceFirst("^https?://", "").replaceFirst(":[0-9]+$", "");
      return new Parts(
          host,
          0x05,
          "webauthn.get",
          Base64.getUrlEncoder().withoutPadding().encodeToString(hash.bytes()),
          origin);
    }

    public Parts withFlags(int f) {
      return new Parts(rpId, f, type, challenge, origin);
    }

    public Parts withType(String t) {
      return new Parts(rpId, flags, t, challenge, origin);
    }

    public Parts withChallenge(String c) {
      return new Parts(rpId, flags, type, c, origin);
    }

    public Parts withOrigin(String o) {
      return new Parts(rpId, flags, type, challenge, o);
    }

    public Parts withRpId(String r) {
      return new Parts(r, flags, type, challenge, origin);
    }
  }

  /** {@code abi.encode(keyId, authenticatorData, clientDataJSON, r, s)} signed by this key. */
  public byte[] assertion(Word keyId, Parts parts) {
    ByteArrayOutputStream auth = new ByteArrayOutputStream();
    auth.writeBytes(sha256(parts.rpId().getBytes(StandardCharsets.UTF_8)));
    auth.write(parts.flags());
    auth.writeBytes(new byte[] {0, 0, 0, 1});
    byte[] authData = auth.toByteArray();
    String clientData =
        "{\"type\":\""
            + parts.type()
            + "\",\"challenge\":\""
            + parts.challenge()
            + "\",\"origin\":\""
            + parts.origin()
            + "\",\"crossOrigin\":false}";
    byte[] cdj = clientData.getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[authData.length + 32];
    System.arraycopy(authData, 0, signed, 0, authData.length);
    System.arraycopy(sha256(cdj), 0, signed, authData.length, 32);
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(d, DOMAIN));
    BigInteger[] rs = signer.generateSignature(sha256(signed));
    return Numeric.hexStringToByteArray(
        FunctionEncoder.encodeConstructor(
            java.util.List.of(
                new Bytes32(keyId.bytes()),
                new DynamicBytes(authData),
                new Utf8String(clientData),
                new Uint256(rs[0]),
                new Uint256(rs[1]))));
  }

  public static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
