package io.coterie.chaincode.reviews;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.MeteredState;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The purchase records verified reviews rely on: who bought which product, numbered 1, 2, 3, ... in
 * the order the chain executed the sales, in the reviews account's storage ({@link ReviewsLayout}
 * slots 0 to 2). The writer is narrow: {@link #record} is called only by the path that completes a
 * sale, in the same call (a sample claim writes its record directly; the reviews precompile writes
 * one for an existing drop purchase). Each source key is recorded at most once. Stateless.
 */
public final class PurchaseRecords {
  private PurchaseRecords() {}

  /** The reviews account's slots, charged to the current call (whichever precompile runs it). */
  public static AccountSlots metered(CallContext ctx) {
    return AccountSlots.metered(MeteredState.of(ctx, ReviewsLayout.ADDRESS));
  }

  /** The reviews account's slots, read for free (node-side readers and tests). */
  public static AccountSlots readOnly(WorldStorage storage) {
    return AccountSlots.readOnly(storage, ReviewsLayout.ADDRESS);
  }

  /**
   * Records that {@code buyer} obtained {@code productId}; returns the new purchase id. The caller
   * makes sure each sale is recorded once: a sample campaign by its own claim slot, a drop
   * registration through {@link #rememberSource}.
   */
  public static BigInteger record(
      AccountSlots slots,
      ChainAddress buyer,
      Word productId,
      PurchaseSource source,
      Word sourceRef) {
    BigInteger id =
        slots.load(ReviewsLayout.PURCHASE_COUNT_SLOT).toBigInteger().add(BigInteger.ONE);
    slots.store(ReviewsLayout.PURCHASE_COUNT_SLOT, Word.of(id));
    Word base = ReviewsLayout.purchase(id);
    slots.store(base, Word.of(buyer));
    slots.store(base.plus(1), productId);
    if (source.ordinal() != 0) {
      slots.store(base.plus(2), Word.of(source.ordinal()));
    }
    slots.store(base.plus(3), sourceRef);
    return id;
  }

  /** Notes that the sale {@code sourceKey} was recorded as purchase {@code id}. */
  static void rememberSource(AccountSlots slots, Word sourceKey, BigInteger id) {
    slots.store(ReviewsLayout.sourceKey(sourceKey), Word.of(id));
  }

  /** The purchase recorded under {@code sourceKey}, 0 if none: one read. */
  static BigInteger recordedFor(AccountSlots slots, Word sourceKey) {
    return slots.load(ReviewsLayout.sourceKey(sourceKey)).toBigInteger();
  }

  /** Purchase {@code id}, if recorded: up to four reads. */
  public static Optional<Purchase> find(AccountSlots slots, BigInteger id) {
    if (id.signum() <= 0 || id.compareTo(count(slots)) > 0) {
      return Optional.empty();
    }
    Word base = ReviewsLayout.purchase(id);
    PurchaseSource source =
        PurchaseSource.ofCode(slots.load(base.plus(2)).toBigInteger().longValueExact())
            .orElseThrow();
    return Optional.of(
        new Purchase(
            id,
            slots.load(base).toAddress(),
            slots.load(base.plus(1)),
            source,
            slots.load(base.plus(3))));
  }

  /** Purchases recorded so far: one read. */
  public static BigInteger count(AccountSlots slots) {
    return slots.load(ReviewsLayout.PURCHASE_COUNT_SLOT).toBigInteger();
  }

  /**
   * The source ref of a drop purchase, and the product id reviews file it under: {@code
   * keccak256(abi.encode(collectionId, dropId))} (a drop sells one item design).
   */
  public static Word dropKey(BigInteger collectionId, BigInteger dropId) {
    return Word.keccak(
        AbiValues.encode(AbiValues.uint256(collectionId), AbiValues.uint256(dropId)));
  }

  /**
   * The source key of {@code buyer}'s purchase of a drop: {@code keccak256(abi.encode(1, dropKey,
   * buyer))}.
   */
  static Word dropPurchaseKey(Word dropKey, ChainAddress buyer) {
    return Word.keccak(
        AbiValues.encode(
            AbiValues.uint256(PurchaseSource.DROP_PURCHASE.ordinal()),
            AbiValues.bytes32(dropKey),
            AbiValues.address(buyer)));
  }
}
