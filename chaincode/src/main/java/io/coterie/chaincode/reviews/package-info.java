/**
 * Verified reviews at {@code 0x…100e}: a review needs a recorded purchase ({@link
 * io.coterie.chaincode.reviews.PurchaseRecords}: sample claims write theirs in the claiming call,
 * paid drop purchases are registered by their buyer), one per purchase, 1 to 5 stars and a content
 * hash, with per-product pages, star distributions and an exact average (numerator and
 * denominator). Storage follows {@link io.coterie.chaincode.reviews.ReviewsLayout}.
 *
 * <p>May import: {@code io.coterie.chaincode.spi}, {@code io.coterie.chaincode.abi}, {@code
 * io.coterie.chaincode.membership} (only {@code CardsReader}, to verify drop purchases), web3j
 * {@code abi}.
 */
package io.coterie.chaincode.reviews;
