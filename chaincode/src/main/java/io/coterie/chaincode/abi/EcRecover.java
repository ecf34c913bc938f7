package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Ethereum's {@code ecrecover} for precompiles that check signatures (permits, signed DID changes).
 * Like the EVM's, it accepts an {@code s} in the upper half of the curve order; callers that want
 * OpenZeppelin's malleability rule check that themselves.
 */
public final class EcRecover {
  /** What Ethereum's {@code ecrecover} precompile costs. */
  public static final long GAS = 3_000;

  /** The secp256k1 group order. */
  public static final BigInteger CURVE_N = Sign.CURVE_PARAMS.getN();

  private EcRecover() {}

  /**
   * The signer of {@code digest}, empty where {@code ecrecover} returns the zero address ({@code v}
   * not 27 or 28, {@code r} or {@code s} out of range, or no curve point).
   */
  public static Optional<ChainAddress> recover(Word digest, int v, BigInteger r, BigInteger s) {
    if ((v != 27 && v != 28)
        || r.signum() == 0
        || s.signum() == 0
        || r.compareTo(CURVE_N) >= 0
        || s.compareTo(CURVE_N) >= 0) {
      return Optional.empty();
    }
    BigInteger publicKey;
    try {
      publicKey = Sign.recoverFromSignature(v - 27, new ECDSASignature(r, s), digest.bytes());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // r is not the x of a curve point
    }
    if (publicKey == null) {
      return Optional.empty();
    }
    return Optional.of(ChainAddress.fromHex(Keys.getAddress(publicKey)));
  }
}
