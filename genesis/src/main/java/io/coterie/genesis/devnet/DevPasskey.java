package io.coterie.genesis.devnet;

import io.coterie.chaincode.members.MemberAccountAddress;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.genesis.spec.GenesisAddress;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.utils.Numeric;

/**
 * The devnet's published passkey: a fixed P-256 key (like the development mnemonic, known to
 * everyone: never use it outside the devnet) whose member account (salt 0) the devnet genesis
 * creates, with MEMBER_ROLE and 1,000 CPT, so that a browser test can load the key into a virtual
 * authenticator (PKCS#8, rpId {@code localhost}) and use the account at once.
 */
public final class DevPasskey {
  /** The private scalar. */
  public static final BigInteger PRIVATE_KEY =
      new BigInteger("c07e71e0de7e7da55c0de0f0a11ba55c0de0f0a11ba55c0de0f0a11ba55c0de1", 16);

  /** The WebAuthn credential id (16 bytes), hex. */
  public static final String CREDENTIAL_ID_HEX = "0xc07e71ede7ae7da55c0de00000000001";

  /** The relying-party id a browser uses for pages at {@code http://localhost:…}. */
  public static final String RP_ID = "localhost";

  /** The salt of the genesis account. */
  public static final BigInteger SALT = BigInteger.ZERO;

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  private static final ECPoint PUBLIC = CURVE.getG().multiply(PRIVATE_KEY).normalize();

  /** The public key's x coordinate. */
  public static final Word X = Word.of(PUBLIC.getAffineXCoord().toBigInteger());

  /** The public key's y coordinate. */
  public static final Word Y = Word.of(PUBLIC.getAffineYCoord().toBigInteger());

  /** The member account of the key with salt 0. */
  public static final ChainAddress ACCOUNT_ADDRESS = MemberAccountAddress.of(X, Y, SALT);

  static final GenesisAddress ACCOUNT = GenesisAddress.of(ACCOUNT_ADDRESS.toHex());

  private DevPasskey() {}

  public static byte[] credentialId() {
    return Numeric.hexStringToByteArray(CREDENTIAL_ID_HEX);
  }

  /** The private key as PKCS#8 DER in base64, as {@code WebAuthn.addCredential} takes it. */
  public static String pkcs8Base64() {
    try {
      AlgorithmParameters curve = AlgorithmParameters.getInstance("EC");
      curve.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec params = curve.getParameterSpec(ECParameterSpec.class);
      byte[] der =
          KeyFactory.getInstance("EC")
              .generatePrivate(new ECPrivateKeySpec(PRIVATE_KEY, params))
              .getEncoded();
      return Base64.getEncoder().encodeToString(der);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot encode a P-256 key", e);
    }
  }
}
