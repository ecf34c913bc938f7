package io.coterie.chaincode.reviews;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Storage of the verified reviews account {@code 0x…100e}, as the equivalent Solidity contract lays
 * it out; the purchase records (slots 0 to 2) are written by the paths that sell or give a product
 * (see {@link PurchaseRecords}):
 *
 * <pre>
 * slot 0: uint256 purchaseCount                      purchase ids are 1, 2, 3, ...
 * slot 1: mapping(uint256 purchaseId => Purchase)    base P = keccak256(pad32(id) . 1):
 *         P+0 address buyer, P+1 bytes32 productId, P+2 uint8 source, P+3 bytes32 sourceRef
 * slot 2: mapping(bytes32 sourceKey => uint256 purchaseId)   a source's purchase recorded once
 * slot 3: uint256 reviewCount                        review ids are 1, 2, 3, ...
 * slot 4: mapping(uint256 reviewId => Review)        base R = keccak256(pad32(id) . 4):
 *         R+0 uint256 purchaseId, R+1 uint8 rating, R+2 bytes32 contentHash,
 *         R+3 uint64 postedAt (block timestamp); reviewer and product are the purchase's
 * slot 5: mapping(uint256 purchaseId => uint256 reviewId)    0 = not reviewed
 * slot 6: mapping(bytes32 productId => uint256[] reviewIds)  length at keccak256(product . 6)
 * slot 7: mapping(bytes32 productId => uint256[6] stars)     base S = keccak256(product . 7):
 *         S+0 sum of ratings, S+k reviews with k stars (k = 1..5)
 * </pre>
 */
public final class ReviewsLayout {
  private ReviewsLayout() {}

  /** The verified reviews precompile's address. */
  public static final ChainAddress ADDRESS = ChainAddress.of(0x100e);

  public static final Word PURCHASE_COUNT_SLOT = Word.of(0);
  public static final Word PURCHASES_SLOT = Word.of(1);
  public static final Word SOURCE_KEYS_SLOT = Word.of(2);
  public static final Word REVIEW_COUNT_SLOT = Word.of(3);
  public static final Word REVIEWS_SLOT = Word.of(4);
  public static final Word REVIEW_OF_PURCHASE_SLOT = Word.of(5);
  public static final Word PRODUCT_REVIEWS_SLOT = Word.of(6);
  public static final Word STARS_SLOT = Word.of(7);

  /** Base slot of purchase {@code id}; fields at +0 to +3. */
  public static Word purchase(BigInteger id) {
    return StorageSlots.mapping(PURCHASES_SLOT, id);
  }

  /** The purchase recorded for a source's key (0 if none). */
  public static Word sourceKey(Word key) {
    return StorageSlots.mapping(SOURCE_KEYS_SLOT, key);
  }

  /** Base slot of review {@code id}; fields at +0 to +3. */
  public static Word review(BigInteger id) {
    return StorageSlots.mapping(REVIEWS_SLOT, id);
  }

  public static Word reviewOfPurchase(BigInteger purchaseId) {
    return StorageSlots.mapping(REVIEW_OF_PURCHASE_SLOT, purchaseId);
  }

  /** Length slot of the product's review id array. */
  public static Word productReviews(Word productId) {
    return StorageSlots.mapping(PRODUCT_REVIEWS_SLOT, productId);
  }

  /** Base of the product's star counts: +0 the rating sum, +k the reviews with k stars. */
  public static Word stars(Word productId) {
    return StorageSlots.mapping(STARS_SLOT, productId);
  }
}
