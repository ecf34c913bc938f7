package io.coterie.node.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A legacy transaction. {@code v} is kept as on the wire: 27/28 for an unprotected signature, or
 * {@code chainId * 2 + 35 + yParity} under EIP-155. Validators refuse unprotected ones; the codec
 * accepts them so they can be decoded, hashed and refused with a clear reason.
 */
public record LegacyTx(
    long nonce,
    BigInteger gasPrice,
    long gasLimit,
    Destination destination,
    BigInteger value,
    Bytes data,
    BigInteger v,
    BigInteger r,
    BigInteger s,
    TxMemo memo)
    implements Transaction {
  private static final BigInteger V_27 = BigInteger.valueOf(27);
  private static final BigInteger V_28 = BigInteger.valueOf(28);
  private static final BigInteger V_35 = BigInteger.valueOf(35);
  private static final BigInteger MAX_V =
      BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(36));

  public LegacyTx {
    TxChecks.unsigned(nonce, "nonce");
    TxChecks.u256(gasPrice, "gasPrice");
    TxChecks.unsigned(gasLimit, "gasLimit");
    Objects.requireNonNull(destination, "destination");
    TxChecks.u256(value, "value");
    Objects.requireNonNull(data, "data");
    TxChecks.u256(r, "r");
    TxChecks.u256(s, "s");
    Objects.requireNonNull(v, "v");
    if (!v.equals(V_27) && !v.equals(V_28) && (v.compareTo(V_35) < 0 || v.compareTo(MAX_V) > 0)) {
      throw new IllegalArgumentException(
          "legacy v must be 27, 28 or chainId * 2 + 35/36 with a 63-bit chain id, got " + v);
    }
    memo = new TxMemo();
  }

  public LegacyTx(
      long nonce,
      BigInteger gasPrice,
      long gasLimit,
      Destination destination,
      BigInteger value,
      Bytes data,
      BigInteger v,
      BigInteger r,
      BigInteger s) {
    this(nonce, gasPrice, gasLimit, destination, value, data, v, r, s, null);
  }

  public boolean isProtected() {
    return v.compareTo(V_35) >= 0;
  }

  public int yParity() {
    return isProtected() ? v.subtract(V_35).testBit(0) ? 1 : 0 : v.intValueExact() - 27;
  }

  @Override
  public TxType type() {
    return TxType.LEGACY;
  }

  @Override
  public OptionalLong chainId() {
    return isProtected()
        ? OptionalLong.of(v.subtract(V_35).shiftRight(1).longValueExact())
        : OptionalLong.empty();
  }

  @Override
  public List<AccessListEntry> accessList() {
    return List.of();
  }

  @Override
  public BigInteger maxFeePerGas() {
    return gasPrice;
  }

  @Override
  public BigInteger maxPriorityFeePerGas() {
    return gasPrice;
  }

  @Override
  public BigInteger effectiveGasPrice(BigInteger baseFee) {
    return gasPrice;
  }

  @Override
  public Hash hash() {
    return memo.hash(() -> Hash.keccak(TransactionCodec.encode(this)));
  }

  @Override
  public Hash signingHash() {
    return Hash.keccak(LegacyTxCodec.signingPayload(this));
  }

  @Override
  public SignatureCheck signatureCheck() {
    return memo.signatureCheck(() -> TxChecks.recover(signingHash(), r, s, yParity()));
  }
}
