package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Token-gated drops of one collection: a drop sells {@code supply} items, first to card holders
 * only (from {@code memberOpensAt}), then to everyone (from {@code publicOpensAt}), one per
 * address, each for {@code price} points of program {@code programId} paid to {@code payee}; every
 * item sold is an ERC-721 token of collection {@code itemCollection}. Refunded items go back into
 * stock and their buyer may buy again.
 */
final class DropBook {
  private static final BigInteger U64_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final AccountSlots slots;

  DropBook(AccountSlots slots) {
    this.slots = slots;
  }

  /** What a drop sells, for how much, and to whom the points go. */
  record Terms(
      long memberOpensAt,
      long publicOpensAt,
      BigInteger supply,
      long itemCollection,
      long programId,
      BigInteger price,
      ChainAddress payee) {}

  /** A drop's terms and progress: {@code sales} serials handed out, {@code refunded} returned. */
  record Drop(Terms terms, BigInteger sales, BigInteger refunded) {
    /** Items sold and not refunded. */
    BigInteger sold() {
      return sales.subtract(refunded);
    }

    boolean soldOut() {
      return sold().compareTo(terms.supply()) >= 0;
    }

    /** When {@code buyer} may buy, given whether it holds a card. */
    long opensAtFor(boolean member) {
      return member ? terms.memberOpensAt() : terms.publicOpensAt();
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
    Terms terms =
        new Terms(
            windows.and(U64_MASK).longValueExact(),
            windows.shiftRight(64).longValueExact(),
            load(base, 1),
            load(base, 3).longValueExact(),
            load(base, 4).longValueExact(),
            load(base, 5),
            slots.load(base.plus(6)).toAddress());
    return Optional.of(new Drop(terms, load(base, 2), load(base, 7)));
  }

  BigInteger create(Terms terms) {
    BigInteger dropId = BigInteger.valueOf(count());
    Word base = MembershipLayout.drop(dropId);
    slots.store(
        base,
        Word.of(
            BigInteger.valueOf(terms.publicOpensAt())
                .shiftLeft(64)
                .or(BigInteger.valueOf(terms.memberOpensAt()))));
    slots.store(base.plus(1), Word.of(terms.supply()));
    slots.store(base.plus(3), Word.of(terms.itemCollection()));
    slots.store(base.plus(4), Word.of(terms.programId()));
    slots.store(base.plus(5), Word.of(terms.price()));
    slots.store(base.plus(6), Word.of(terms.payee()));
    slots.store(MembershipLayout.DROP_COUNT_SLOT, Word.of(dropId.add(BigInteger.ONE)));
    return dropId;
  }

  /** The buyer's serial number in the drop, 0 if it has not bought (or was refunded). */
  BigInteger serialOf(BigInteger dropId, ChainAddress buyer) {
    return slots.load(MembershipLayout.purchase(dropId, buyer)).toBigInteger();
  }

  /** The item token the buyer received, 0 if none. */
  BigInteger itemOf(BigInteger dropId, ChainAddress buyer) {
    return slots.load(MembershipLayout.item(dropId, buyer)).toBigInteger();
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

  /** Records a paid purchase of item token {@code itemTokenId}; returns the buyer's serial. */
  BigInteger record(BigInteger dropId, Drop drop, ChainAddress buyer, BigInteger itemTokenId) {
    BigInteger serial = drop.sales().add(BigInteger.ONE);
    slots.store(MembershipLayout.drop(dropId).plus(2), Word.of(serial));
    slots.store(MembershipLayout.purchase(dropId, buyer), Word.of(serial));
    slots.store(MembershipLayout.item(dropId, buyer), Word.of(itemTokenId));
    return serial;
  }

  /** Forgets the buyer's purchase and puts its item back into stock. */
  void refund(BigInteger dropId, Drop drop, ChainAddress buyer) {
    slots.store(
        MembershipLayout.drop(dropId).plus(7), Word.of(drop.refunded().add(BigInteger.ONE)));
    slots.store(MembershipLayout.purchase(dropId, buyer), Word.ZERO);
    slots.store(MembershipLayout.item(dropId, buyer), Word.ZERO);
  }

  private BigInteger load(Word base, long offset) {
    return slots.load(base.plus(offset)).toBigInteger();
  }
}
