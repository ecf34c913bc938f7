package io.coterie.chaincode.did;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/** Reads and writes the registry's mappings at {@link DidRegistryLayout} slots. */
final class DidRegistryState {
  private final AccountSlots slots;

  DidRegistryState(AccountSlots slots) {
    this.slots = slots;
  }

  /** {@code owners[identity]} as stored: zero until the first owner change. */
  ChainAddress storedOwner(ChainAddress identity) {
    return slots.load(DidRegistryLayout.owner(identity)).toAddress();
  }

  /** {@code identityOwner(identity)}: the stored owner, or the identity itself when none. */
  ChainAddress identityOwner(ChainAddress identity) {
    ChainAddress owner = storedOwner(identity);
    return owner.equals(ChainAddress.ZERO) ? identity : owner;
  }

  void setOwner(ChainAddress identity, ChainAddress owner) {
    slots.store(DidRegistryLayout.owner(identity), Word.of(owner));
  }

  /** {@code delegates[identity][typeHash][delegate]}: the validTo timestamp, 0 when never set. */
  BigInteger delegateValidTo(ChainAddress identity, Word typeHash, ChainAddress delegate) {
    return slots.load(DidRegistryLayout.delegate(identity, typeHash, delegate)).toBigInteger();
  }

  void setDelegateValidTo(
      ChainAddress identity, Word typeHash, ChainAddress delegate, BigInteger validTo) {
    slots.store(DidRegistryLayout.delegate(identity, typeHash, delegate), Word.of(validTo));
  }

  /** {@code validDelegate}: valid while the block's time is before validTo. */
  boolean validDelegate(
      ChainAddress identity, Word delegateType, ChainAddress delegate, long nowSeconds) {
    BigInteger validTo = delegateValidTo(identity, DelegateTypes.typeHash(delegateType), delegate);
    return validTo.compareTo(BigInteger.valueOf(nowSeconds)) > 0;
  }

  BigInteger changed(ChainAddress identity) {
    return slots.load(DidRegistryLayout.changed(identity)).toBigInteger();
  }

  void setChanged(ChainAddress identity, long blockNumber) {
    slots.store(DidRegistryLayout.changed(identity), Word.of(blockNumber));
  }

  BigInteger nonce(ChainAddress signer) {
    return slots.load(DidRegistryLayout.nonce(signer)).toBigInteger();
  }

  void setNonce(ChainAddress signer, BigInteger nonce) {
    slots.store(DidRegistryLayout.nonce(signer), Word.of(nonce));
  }
}
