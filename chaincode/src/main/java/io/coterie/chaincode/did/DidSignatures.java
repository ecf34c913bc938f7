package io.coterie.chaincode.did;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * The reference contract's signed changes: the owner signs, with no message prefix, {@code
 * keccak256(abi.encodePacked(bytes1(0x19), bytes1(0), address(this),
 * nonce[identityOwner(identity)], identity, name, arguments...))}, and the registry checks it with
 * {@code ecrecover}.
 */
final class DidSignatures {
  /** What Ethereum's {@code ecrecover} precompile costs, charged per signed change. */
  static final long ECRECOVER_GAS = 3_000;

  private static final BigInteger CURVE_N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);

  private DidSignatures() {}

  /** The hash the owner signs for {@code change} of {@code identity} at the owner's nonce. */
  static Word digest(ChainAddress identity, BigInteger ownerNonce, DidChange change) {
    return Word.keccak(
        packed(
            new byte[] {0x19, 0x00},
            DidRegistryPrecompile.ADDRESS.bytes(),
            Word.of(ownerNonce).bytes(),
            identity.bytes(),
            change.name().getBytes(StandardCharsets.UTF_8),
            change.packedArguments()));
  }

  /** {@code parts} one after the other, as {@code abi.encodePacked} lays out its arguments. */
  static byte[] packed(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  /**
   * What {@code ecrecover(digest, v, r, s)} returns, empty where it returns the zero address
   * ({@code v} not 27 or 28, {@code r} or {@code s} out of range, or no curve point). Like the
   * EVM's, it accepts an {@code s} in the upper half of the curve order: the nonce, not the
   * signature's form, stops a replay.
   */
  static Optional<ChainAddress> recover(Word digest, int v, Word r, Word s) {
    BigInteger rValue = r.toBigInteger();
    BigInteger sValue = s.toBigInteger();
    if ((v != 27 && v != 28)
        || rValue.signum() == 0
        || sValue.signum() == 0
        || rValue.compareTo(CURVE_N) >= 0
        || sValue.compareTo(CURVE_N) >= 0) {
      return Optional.empty();
    }
    BigInteger publicKey;
    try {
      publicKey =
          Sign.recoverFromSignature(v - 27, new ECDSASignature(rValue, sValue), digest.bytes());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // r is not the x of a curve point
    }
    if (publicKey == null) {
      return Optional.empty();
    }
    return Optional.of(ChainAddress.fromHex(Keys.getAddress(publicKey)));
  }
}
