package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Token-gated drops of one collection: a drop sells {@code supply} items, first to card holders
 * only (from {@code memberOpensAt}), then to everyone (from {@code publicOpensAt}). A purchase is
 * an on-chain receipt (a serial number per buyer, one item per address); payment and delivery
 * happen off-chain or through a loyalty redemption, so no native coin moves.
 */
final class DropBook {
  private static final BigInteger U64_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final AccountSlots slots;

  DropBook(AccountSlots slots) {
    this.slots = slots;
  }

  /** A drop's terms and progress. */
  record Drop(long memberOpensAt, long publicOpensAt, BigInteger supply, BigInteger sold) {
    boolean soldOut() {
      return sold.compareTo(supply) >= 0;
    }

    /** When {@code buyer} may buy, given whether it holds a card. */
    long opensAtFor(boolean member) {
      return member ? memberOpensAt : publicOpensAt;
    }
  }

  /** Why a buyer may not buy now, or empty if it may. */
  enum Refusal {
    NOT_OPEN,
    SOLD_OUT,
    ALREADY_PURCHASED
  }

  long count() {
    return slots.load(MembershipLayout.DROP_COUNT_SLOT).toBigInteger().longValueExact();
  }

  Optional<Drop> find(BigInteger dropId) {
    if (dropId.compareTo(BigInteger.valueOf(count())) >= 0) {
      return Optional.empty();
    }
    Word base = MembershipLayout.drop(dropId);
    BigInteger windows = slots.load(base).toBigInteger();
    return Optional.of(
        new Drop(
            windows.and(U64_MASK).longValueExact(),
            windows.shiftRight(64).longValueExact(),
            slots.load(base.plus(1)).toBigInteger(),
            slots.load(base.plus(2)).toBigInteger()));
  }

  BigInteger create(long memberOpensAt, long publicOpensAt, BigInteger supply) {
    BigInteger dropId = BigInteger.valueOf(count());
    Word base = MembershipLayout.drop(dropId);
    slots.store(
        base,
        Word.of(
            BigInteger.valueOf(publicOpensAt).shiftLeft(64).or(BigInteger.valueOf(memberOpensAt))));
    slots.store(base.plus(1), Word.of(supply));
    slots.store(MembershipLayout.DROP_COUNT_SLOT, Word.of(dropId.add(BigInteger.ONE)));
    return dropId;
  }

  /** The buyer's serial number in the drop, 0 if it has not bought. */
  BigInteger serialOf(BigInteger dropId, ChainAddress buyer) {
    return slots.load(MembershipLayout.purchase(dropId, buyer)).toBigInteger();
  }

  Optional<Refusal> refusal(
      BigInteger dropId, Drop drop, ChainAddress buyer, boolean member, long now) {
    if (now < drop.opensAtFor(member)) {
      return Optional.of(Refusal.NOT_OPEN);
    }
    if (drop.soldOut()) {
      return Optional.of(Refusal.SOLD_OUT);
    }
    if (serialOf(dropId, buyer).signum() > 0) {
      return Optional.of(Refusal.ALREADY_PURCHASED);
    }
    return Optional.empty();
  }

  /** Records the purchase; returns the buyer's serial number (1 for the first item sold). */
  BigInteger record(BigInteger dropId, Drop drop, ChainAddress buyer) {
    BigInteger serial = drop.sold().add(BigInteger.ONE);
    slots.store(MembershipLayout.drop(dropId).plus(2), Word.of(serial));
    slots.store(MembershipLayout.purchase(dropId, buyer), Word.of(serial));
    return serial;
  }
}
