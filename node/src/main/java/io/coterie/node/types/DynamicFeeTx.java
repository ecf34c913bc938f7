package io.coterie.node.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** An EIP-1559 transaction (type 0x02). */
public record DynamicFeeTx(
    long chainIdValue,
    long nonce,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    long gasLimit,
    Destination destination,
    BigInteger value,
    Bytes data,
    List<AccessListEntry> accessList,
    int yParity,
    BigInteger r,
    BigInteger s,
    TxMemo memo)
    implements Transaction {

  public DynamicFeeTx {
    TxChecks.unsigned(chainIdValue, "chainId");
    TxChecks.unsigned(nonce, "nonce");
    TxChecks.u256(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    TxChecks.u256(maxFeePerGas, "maxFeePerGas");
    TxChecks.unsigned(gasLimit, "gasLimit");
    Objects.requireNonNull(destination, "destination");
    TxChecks.u256(value, "value");
    Objects.requireNonNull(data, "data");
    accessList = List.copyOf(accessList);
    TxChecks.yParity(yParity);
    TxChecks.u256(r, "r");
    TxChecks.u256(s, "s");
    memo = new TxMemo();
  }

  public DynamicFeeTx(
      long chainId,
      long nonce,
      BigInteger maxPriorityFeePerGas,
      BigInteger maxFeePerGas,
      long gasLimit,
      Destination destination,
      BigInteger value,
      Bytes data,
      List<AccessListEntry> accessList,
      int yParity,
      BigInteger r,
      BigInteger s) {
    this(
        chainId,
        nonce,
        maxPriorityFeePerGas,
        maxFeePerGas,
        gasLimit,
        destination,
        value,
        data,
        accessList,
        yParity,
        r,
        s,
        null);
  }

  @Override
  public TxType type() {
    return TxType.DYNAMIC_FEE;
  }

  @Override
  public OptionalLong chainId() {
    return OptionalLong.of(chainIdValue);
  }

  /** {@code min(maxFeePerGas, baseFee + maxPriorityFeePerGas)}. */
  @Override
  public BigInteger effectiveGasPrice(BigInteger baseFee) {
    return TxChecks.dynamicPrice(maxPriorityFeePerGas, maxFeePerGas, baseFee);
  }

  @Override
  public BigInteger v() {
    return BigInteger.valueOf(yParity);
  }

  @Override
  public Hash hash() {
    return memo.hash(() -> Hash.keccak(TransactionCodec.encode(this)));
  }

  @Override
  public Hash signingHash() {
    return Hash.keccak(TypedTxCodec.signingPayload(this));
  }

  @Override
  public SignatureCheck signatureCheck() {
    return memo.signatureCheck(() -> TxChecks.recover(signingHash(), r, s, yParity));
  }
}
