package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/** OZ 5 {@code Nonces}: {@code mapping(address => uint256)} at {@code mappingSlot}. */
public final class Nonces {
  private final AccountSlots slots;
  private final Word mappingSlot;

  public Nonces(AccountSlots slots, Word mappingSlot) {
    this.slots = slots;
    this.mappingSlot = mappingSlot;
  }

  /** OZ {@code nonces(owner)}. */
  public BigInteger current(ChainAddress owner) {
    return slots.load(StorageSlots.mapping(mappingSlot, owner)).toBigInteger();
  }

  /** OZ {@code _useNonce}: returns the current nonce and increments it. */
  public BigInteger use(ChainAddress owner) {
    BigInteger current = current(owner);
    slots.store(StorageSlots.mapping(mappingSlot, owner), Word.of(current.add(BigInteger.ONE)));
    return current;
  }
}
