package io.coterie.node.types;

import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/** Field checks and sender recovery shared by the transaction records. */
final class TxChecks {
  static final BigInteger MAX_U256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private TxChecks() {}

  static BigInteger u256(BigInteger value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0 || value.bitLength() > 256) {
      throw new IllegalArgumentException(what + " must be an unsigned 256-bit integer: " + value);
    }
    return value;
  }

  static long unsigned(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }

  static int yParity(int value) {
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException("yParity must be 0 or 1, got " + value);
    }
    return value;
  }

  static SignatureCheck recover(Hash signingHash, BigInteger r, BigInteger s, int recoveryId) {
    Optional<String> problem = Signature.problem(r, s, recoveryId);
    if (problem.isPresent()) {
      return new SignatureCheck.Invalid(problem.get());
    }
    Signature signature = new Signature(r, s, recoveryId);
    if (!signature.isLowS()) {
      return new SignatureCheck.Invalid(
          "signature s is above n/2, which EIP-2 forbids; sign with a library that normalises s");
    }
    return Secp256k1.get()
        .recoverPublicKey(signingHash.toArray(), signature)
        .<SignatureCheck>map(key -> new SignatureCheck.Valid(Address.fromPublicKey(key.toBytes())))
        .orElseGet(
            () -> new SignatureCheck.Invalid("signature does not recover to any public key"));
  }

  static BigInteger dynamicPrice(BigInteger maxPriority, BigInteger maxFee, BigInteger baseFee) {
    return maxFee.min(baseFee.add(maxPriority));
  }
}
