package io.coterie.node.types;

import io.coterie.node.crypto.PrivateKey;
import io.coterie.node.crypto.Secp256k1;
import io.coterie.node.crypto.Signature;
import java.math.BigInteger;
import java.util.List;

/** Builds and signs transactions for one key and chain (tests, devnet tools, load generator). */
public final class TransactionSigner {
  private final PrivateKey key;
  private final long chainId;
  private final Secp256k1 curve;
  private final Address address;

  public TransactionSigner(PrivateKey key, long chainId, Secp256k1 curve) {
    if (chainId < 0) {
      throw new IllegalArgumentException("chainId must not be negative: " + chainId);
    }
    this.key = key;
    this.chainId = chainId;
    this.curve = curve;
    this.address = Address.fromPublicKey(curve.publicKey(key).toBytes());
  }

  public TransactionSigner(PrivateKey key, long chainId) {
    this(key, chainId, Secp256k1.get());
  }

  public Address address() {
    return address;
  }

  public long chainId() {
    return chainId;
  }

  /** An EIP-155 protected legacy transaction. */
  public LegacyTx legacy(
      long nonce,
      BigInteger gasPrice,
      long gasLimit,
      Destination to,
      BigInteger value,
      Bytes data) {
    BigInteger v = BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35));
    LegacyTx unsigned =
        new LegacyTx(
            nonce, gasPrice, gasLimit, to, value, data, v, BigInteger.ZERO, BigInteger.ZERO);
    Signature sig = curve.sign(unsigned.signingHash().toArray(), key);
    return new LegacyTx(
        nonce,
        gasPrice,
        gasLimit,
        to,
        value,
        data,
        v.add(BigInteger.valueOf(sig.recoveryId())),
        sig.r(),
        sig.s());
  }

  public AccessListTx accessList(
      long nonce,
      BigInteger gasPrice,
      long gasLimit,
      Destination to,
      BigInteger value,
      Bytes data,
      List<AccessListEntry> accessList) {
    AccessListTx unsigned =
        new AccessListTx(
            chainId,
            nonce,
            gasPrice,
            gasLimit,
            to,
            value,
            data,
            accessList,
            0,
            BigInteger.ZERO,
            BigInteger.ZERO);
    Signature sig = curve.sign(unsigned.signingHash().toArray(), key);
    return new AccessListTx(
        chainId,
        nonce,
        gasPrice,
        gasLimit,
        to,
        value,
        data,
        accessList,
        sig.recoveryId(),
        sig.r(),
        sig.s());
  }

  public DynamicFeeTx dynamicFee(
      long nonce,
      BigInteger maxPriorityFeePerGas,
      BigInteger maxFeePerGas,
      long gasLimit,
      Destination to,
      BigInteger value,
      Bytes data,
      List<AccessListEntry> accessList) {
    DynamicFeeTx unsigned =
        new DynamicFeeTx(
            chainId,
            nonce,
            maxPriorityFeePerGas,
            maxFeePerGas,
            gasLimit,
            to,
            value,
            data,
            accessList,
            0,
            BigInteger.ZERO,
            BigInteger.ZERO);
    Signature sig = curve.sign(unsigned.signingHash().toArray(), key);
    return new DynamicFeeTx(
        chainId,
        nonce,
        maxPriorityFeePerGas,
        maxFeePerGas,
        gasLimit,
        to,
        value,
        data,
        accessList,
        sig.recoveryId(),
        sig.r(),
        sig.s());
  }
}
