package io.coterie.node.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** An EIP-2930 transaction (type 0x01). */
public record AccessListTx(
    long chainIdValue,
    long nonce,
    BigInteger gasPrice,
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

  public AccessListTx {
    TxChecks.unsigned(chainIdValue, "chainId");
    TxChecks.unsigned(nonce, "nonce");
    TxChecks.u256(gasPrice, "gasPrice");
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

  public AccessListTx(
      long chainId,
      long nonce,
      BigInteger gasPrice,
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
        gasPrice,
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
    return TxType.ACCESS_LIST;
  }

  @Override
  public OptionalLong chainId() {
    return OptionalLong.of(chainIdValue);
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
