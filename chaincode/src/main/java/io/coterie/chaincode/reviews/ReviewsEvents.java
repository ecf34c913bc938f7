package io.coterie.chaincode.reviews;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** Events of verified reviews, the audit trail of every purchase recorded here and every review. */
public final class ReviewsEvents {
  private ReviewsEvents() {}

  /**
   * {@code DropPurchaseRecorded(uint256 indexed purchaseId, address indexed buyer, bytes32 indexed
   * productId, uint256 collectionId, uint256 dropId)}: a paid drop purchase became reviewable.
   */
  public static final SolidityEvent DROP_PURCHASE_RECORDED =
      new SolidityEvent("DropPurchaseRecorded(uint256,address,bytes32,uint256,uint256)");

  /**
   * {@code ReviewPosted(uint256 indexed reviewId, uint256 indexed purchaseId, bytes32 indexed
   * productId, address reviewer, uint8 rating, bytes32 contentHash)}.
   */
  public static final SolidityEvent REVIEW_POSTED =
      new SolidityEvent("ReviewPosted(uint256,uint256,bytes32,address,uint8,bytes32)");

  public static final List<SolidityEvent> ALL = List.of(DROP_PURCHASE_RECORDED, REVIEW_POSTED);
}
