package io.coterie.chaincode.reviews;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reviews and their per-product aggregates ({@link ReviewsLayout} slots 3 to 7). The star
 * counts and the rating sum are kept with every post, so the distribution and the average are
 * constant-cost reads that always agree with the review list: the five counts sum to the number of
 * reviews, and the sum of ratings is the average's numerator.
 */
final class ReviewBook {
  private ReviewBook() {}

  /** A posted review; reviewer and product are its purchase's. */
  record Review(BigInteger purchaseId, int rating, Word contentHash, long postedAt) {}

  /** Stores review of {@code purchaseId} (checked: recorded, not reviewed); returns its id. */
  static BigInteger post(
      AccountSlots slots,
      BigInteger purchaseId,
      Word product,
      int rating,
      Word contentHash,
      long postedAt) {
    BigInteger id = count(slots).add(BigInteger.ONE);
    slots.store(ReviewsLayout.REVIEW_COUNT_SLOT, Word.of(id));
    Word base = ReviewsLayout.review(id);
    slots.store(base, Word.of(purchaseId));
    slots.store(base.plus(1), Word.of(rating));
    slots.store(base.plus(2), contentHash);
    slots.store(base.plus(3), Word.of(postedAt));
    slots.store(ReviewsLayout.reviewOfPurchase(purchaseId), Word.of(id));
    Word list = ReviewsLayout.productReviews(product);
    long length = productCount(slots, product);
    slots.store(StorageSlots.arrayElement(list, length), Word.of(id));
    slots.store(list, Word.of(length + 1));
    Word stars = ReviewsLayout.stars(product);
    slots.store(stars, Word.of(slots.load(stars).toBigInteger().add(BigInteger.valueOf(rating))));
    Word star = stars.plus(rating);
    slots.store(star, Word.of(slots.load(star).toBigInteger().add(BigInteger.ONE)));
    return id;
  }

  static BigInteger count(AccountSlots slots) {
    return slots.load(ReviewsLayout.REVIEW_COUNT_SLOT).toBigInteger();
  }

  static Optional<Review> find(AccountSlots slots, BigInteger id) {
    if (id.signum() <= 0 || id.compareTo(count(slots)) > 0) {
      return Optional.empty();
    }
    Word base = ReviewsLayout.review(id);
    return Optional.of(
        new Review(
            slots.load(base).toBigInteger(),
            slots.load(base.plus(1)).toBigInteger().intValueExact(),
            slots.load(base.plus(2)),
            slots.load(base.plus(3)).toBigInteger().longValueExact()));
  }

  /** Reviews of {@code product}: one read. */
  static long productCount(AccountSlots slots, Word product) {
    return slots.load(ReviewsLayout.productReviews(product)).toBigInteger().longValueExact();
  }

  /** Review ids of {@code product} from {@code offset}, at most {@code limit}, oldest first. */
  static List<BigInteger> page(AccountSlots slots, Word product, BigInteger offset, int limit) {
    long length = productCount(slots, product);
    List<BigInteger> ids = new ArrayList<>();
    if (offset.compareTo(BigInteger.valueOf(length)) >= 0) {
      return ids;
    }
    Word list = ReviewsLayout.productReviews(product);
    long end = Math.min(length, offset.longValueExact() + limit);
    for (long i = offset.longValueExact(); i < end; i++) {
      ids.add(slots.load(StorageSlots.arrayElement(list, i)).toBigInteger());
    }
    return ids;
  }

  /** Counts per star, index 1 to 5 (index 0 unused): five reads. */
  static long[] stars(AccountSlots slots, Word product) {
    Word base = ReviewsLayout.stars(product);
    long[] counts = new long[6];
    for (int star = 1; star <= 5; star++) {
      counts[star] = slots.load(base.plus(star)).toBigInteger().longValueExact();
    }
    return counts;
  }

  /** The sum of all ratings of {@code product}: one read. */
  static BigInteger ratingSum(AccountSlots slots, Word product) {
    return slots.load(ReviewsLayout.stars(product)).toBigInteger();
  }
}
