package io.coterie.node.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A signed transaction in one of the EIP-2718 forms this chain accepts. Records hold exactly the
 * wire fields; {@link #hash()} and {@link #signatureCheck()} are computed once and cached.
 *
 * <p>Build signed transactions with {@link TransactionSigner}; decode them with {@link
 * TransactionCodec}. Decoding checks structure only: signature validity ({@link
 * #signatureCheck()}), chain id and protection ({@link #chainId()}), fee sanity ({@link
 * TransactionInvariants}) are for validators to decide.
 */
public sealed interface Transaction permits LegacyTx, AccessListTx, DynamicFeeTx {
  TxType type();

  /** The chain id the signature commits to; empty for an unprotected (pre-EIP-155) legacy tx. */
  OptionalLong chainId();

  long nonce();

  long gasLimit();

  Destination destination();

  BigInteger value();

  Bytes data();

  /** Empty for legacy transactions. */
  List<AccessListEntry> accessList();

  /** The most the sender pays per gas: {@code gasPrice} for legacy and access-list txs. */
  BigInteger maxFeePerGas();

  /** The most that goes to the block producer per gas: {@code gasPrice} before EIP-1559. */
  BigInteger maxPriorityFeePerGas();

  /** The price per gas actually paid in a block with {@code baseFee}. */
  BigInteger effectiveGasPrice(BigInteger baseFee);

  /** The signature's v as JSON-RPC reports it: raw v for legacy, y-parity (0/1) for typed txs. */
  BigInteger v();

  BigInteger r();

  BigInteger s();

  /** keccak256 of the EIP-2718 envelope ({@link TransactionCodec#encode}). */
  Hash hash();

  /** keccak256 of the payload the sender signed. */
  Hash signingHash();

  /** The sender, or why the signature is invalid (EIP-2 low-s is required). Cached. */
  SignatureCheck signatureCheck();

  /**
   * The sender recovered from the signature.
   *
   * @throws InvalidSignatureException when the signature does not recover
   */
  default Address sender() {
    SignatureCheck check = signatureCheck();
    if (check instanceof SignatureCheck.Valid valid) {
      return valid.sender();
    }
    throw new InvalidSignatureException(((SignatureCheck.Invalid) check).reason());
  }

  /**
   * Takes the sender already recovered for {@code same} when it is the same signed transaction
   * (equal envelope hash, which covers the signature), so a transaction decoded again (in a
   * proposed block, say) is not recovered again. Does nothing for a different transaction.
   */
  default void reuseSignatureCheckOf(Transaction same) {
    if (same != this && same.hash().equals(hash())) {
      TxMemo.of(this).adoptSignatureCheck(TxMemo.of(same));
    }
  }

  default boolean isContractCreation() {
    return destination() instanceof Destination.Creation;
  }

  /** The recipient; empty for contract creation. */
  default Optional<Address> to() {
    return destination() instanceof Destination.Call call
        ? Optional.of(call.to())
        : Optional.empty();
  }
}
