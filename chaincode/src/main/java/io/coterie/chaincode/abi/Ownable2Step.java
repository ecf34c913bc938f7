package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.Optional;

/**
 * OpenZeppelin 5's {@code Ownable2Step} over two storage slots: the owner starts a transfer, the
 * new owner accepts it, and only then does ownership move, so a typo never hands a collection or a
 * program to an address nobody controls. The slots may live in any account (a program's owner is
 * kept in the loyalty registry, a collection's in the collection).
 */
public final class Ownable2Step {
  /** {@code OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)}. */
  public static final SolidityEvent OWNERSHIP_TRANSFER_STARTED =
      new SolidityEvent("OwnershipTransferStarted(address,address)");

  /** {@code OwnershipTransferred(address indexed previousOwner, address indexed newOwner)}. */
  public static final SolidityEvent OWNERSHIP_TRANSFERRED =
      new SolidityEvent("OwnershipTransferred(address,address)");

  /** OZ Ownable: {@code account} is not the owner (or, for accepting, the pending owner). */
  public static final SolidityError OWNABLE_UNAUTHORIZED_ACCOUNT =
      new SolidityError("OwnableUnauthorizedAccount(address)");

  private final AccountSlots slots;
  private final Word ownerSlot;
  private final Word pendingOwnerSlot;
  private final DelegatedVotes.Events events;

  public Ownable2Step(
      AccountSlots slots, Word ownerSlot, Word pendingOwnerSlot, DelegatedVotes.Events events) {
    this.slots = slots;
    this.ownerSlot = ownerSlot;
    this.pendingOwnerSlot = pendingOwnerSlot;
    this.events = events;
  }

  public ChainAddress owner() {
    return slots.load(ownerSlot).toAddress();
  }

  public ChainAddress pendingOwner() {
    return slots.load(pendingOwnerSlot).toAddress();
  }

  /**
   * OZ {@code transferOwnership}: the owner names {@code newOwner} (the zero address cancels a
   * pending transfer); nothing moves until {@link #accept}.
   */
  public Optional<CallResult> start(ChainAddress sender, ChainAddress newOwner) {
    ChainAddress owner = owner();
    if (!sender.equals(owner)) {
      return Optional.of(OWNABLE_UNAUTHORIZED_ACCOUNT.revert(AbiValues.address(sender)));
    }
    slots.store(pendingOwnerSlot, Word.of(newOwner));
    events.emit(OWNERSHIP_TRANSFER_STARTED.topics(Word.of(owner), Word.of(newOwner)), new byte[0]);
    return Optional.empty();
  }

  /** OZ {@code acceptOwnership}: the pending owner becomes the owner; returns the previous one. */
  public ChainAddress accept(ChainAddress sender) {
    ChainAddress previous = owner();
    slots.store(pendingOwnerSlot, Word.ZERO);
    slots.store(ownerSlot, Word.of(sender));
    events.emit(OWNERSHIP_TRANSFERRED.topics(Word.of(previous), Word.of(sender)), new byte[0]);
    return previous;
  }

  /** The revert for a sender that is not the pending owner, if it is not. */
  public Optional<CallResult> requirePending(ChainAddress sender) {
    ChainAddress pending = pendingOwner();
    if (pending.equals(ChainAddress.ZERO) || !pending.equals(sender)) {
      return Optional.of(OWNABLE_UNAUTHORIZED_ACCOUNT.revert(AbiValues.address(sender)));
    }
    return Optional.empty();
  }
}
