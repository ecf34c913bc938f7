// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title Coterie verified reviews: only buyers review, once per purchase
/// @notice Built into every Coterie node at 0x000000000000000000000000000000000000100e. A review
/// needs a purchase record (purchase id, buyer, product id): a sample claim at the sample
/// campaigns precompile (0x…100d) writes one in the claiming transaction (source 0, sourceRef the
/// campaign id); a buyer turns a paid, unrefunded drop purchase of a membership collection into
/// one with recordDropPurchase (source 1, product id = sourceRef = dropProductId(collectionId,
/// dropId)). Loyalty redemptions record no product and are not purchases here. The buyer posts one
/// review per purchase: 1 to 5 stars and the hash of the review's text, which lives off chain.
/// Rewards are the loyalty program's behaviour reward: the program's shop (or brand) calls
/// rewardBehaviour(member, 1, rewardRef(reviewId)) on the program token (kind 1 = review); the
/// reference makes each review rewardable once, and loyalty version 2 asks for the member's
/// consent to that shop for keccak256("coterie.behaviour.review"). Per product: the review ids
/// in posting order (paged), the count per star, and the average as numerator (sum of stars) and
/// denominator (number of reviews), exact, no rounding.
/// @dev Storage layout of account 0x…100e:
///   slot 0: uint256 purchaseCount (ids 1, 2, ...)
///   slot 1: mapping(uint256 => Purchase) at P = keccak256(pad32(id) . 1): P+0 buyer,
///           P+1 productId, P+2 source, P+3 sourceRef
///   slot 2: mapping(bytes32 sourceKey => uint256 purchaseId) (drop purchases recorded once)
///   slot 3: uint256 reviewCount (ids 1, 2, ...)
///   slot 4: mapping(uint256 => Review) at R = keccak256(pad32(id) . 4): R+0 purchaseId,
///           R+1 rating, R+2 contentHash, R+3 postedAt
///   slot 5: mapping(uint256 purchaseId => uint256 reviewId)
///   slot 6: mapping(bytes32 productId => uint256[] reviewIds)
///   slot 7: mapping(bytes32 productId => uint256[6]) at S: S+0 sum of stars, S+k reviews of k stars
/// Gas (deterministic): every call costs 2000 + 16 per calldata byte, plus 2100 per storage read
/// (reads of membership accounts included), 20000 per write of a zero slot, 5000 per write
/// changing a non-zero slot, 100 per unchanged write, and 375 + 375 per topic + 8 per data byte
/// per event. No function accepts value. Measured figures below are precompile gas, without the
/// transaction's intrinsic 21000 and calldata cost.
interface IReviews {
    /// @notice `buyer`'s paid purchase of drop `dropId` of collection `collectionId` became
    /// purchase `purchaseId` of product `productId`.
    event DropPurchaseRecorded(uint256 indexed purchaseId, address indexed buyer, bytes32 indexed productId, uint256 collectionId, uint256 dropId);

    /// @notice `reviewer` reviewed purchase `purchaseId` of `productId` with `rating` stars;
    /// `contentHash` is the hash of the text, kept off chain.
    event ReviewPosted(uint256 indexed reviewId, uint256 indexed purchaseId, bytes32 indexed productId, address reviewer, uint8 rating, bytes32 contentHash);

    /// @notice No purchase has id `purchaseId`; claim a sample or record a drop purchase first.
    error UnknownPurchase(uint256 purchaseId);

    /// @notice Only `buyer` reviews purchase `purchaseId`, not `account`.
    error NotPurchaseBuyer(uint256 purchaseId, address account, address buyer);

    /// @notice Purchase `purchaseId` already has review `reviewId`; each purchase is reviewed once.
    error AlreadyReviewed(uint256 purchaseId, uint256 reviewId);

    /// @notice A rating is 1 to 5 stars, not `rating`.
    error InvalidRating(uint8 rating);

    /// @notice Pass the non-zero hash of the review's text.
    error EmptyContentHash();

    /// @notice `buyer` holds no paid, unrefunded purchase of drop `dropId` of collection
    /// `collectionId`; buy it first.
    error NoDropPurchase(uint256 collectionId, uint256 dropId, address buyer);

    /// @notice That drop purchase is already purchase `purchaseId`; review it under that id.
    error DropPurchaseRecorded(uint256 collectionId, uint256 dropId, address buyer, uint256 purchaseId);

    /// @notice A page holds at most `max` review ids, not `limit`; ask for several pages.
    error PageTooLarge(uint256 limit, uint256 max);

    /// @notice No review has id `reviewId` (ids start at 1; see reviewCount).
    error UnknownReview(uint256 reviewId);

    /// @notice No function has this selector; check the ABI you encode with.
    error UnknownSelector(bytes4 selector);

    /// @notice Calldata too short for the function's arguments, or an argument with dirty padding.
    error MalformedCalldata();

    /// @notice Native value was sent to a function that does not accept it; send 0.
    error NotPayable(uint256 value);

    /// @notice A state-changing function was called in a static context (eth_call of a view).
    error WriteInStaticCall(bytes4 selector);

    /// @notice The buyer of `purchaseId` reviews it; returns the review id.
    /// @dev Gas: 227243 for a product's first review, 182243 for a later one.
    function postReview(uint256 purchaseId, uint8 rating, bytes32 contentHash) external returns (uint256 reviewId);

    /// @notice Records the caller's paid purchase of a drop as a reviewable purchase; returns its id.
    /// @dev Gas: 133875 (membership reads, the purchase record, the source key).
    function recordDropPurchase(uint256 collectionId, uint256 dropId) external returns (uint256 purchaseId);

    /// @notice Purchases recorded so far (ids 1 to purchaseCount).
    /// @dev Gas: 4164.
    function purchaseCount() external view returns (uint256);

    /// @notice Purchase `purchaseId`: source 0 = sample claim, 1 = drop purchase.
    /// @dev Gas: 13076.
    function purchaseOf(uint256 purchaseId) external view returns (address buyer, bytes32 productId, uint8 source, bytes32 sourceRef);

    /// @notice Reviews posted so far (ids 1 to reviewCount).
    /// @dev Gas: 4164.
    function reviewCount() external view returns (uint256);

    /// @notice Review `reviewId`; postedAt is the block timestamp.
    /// @dev Gas: 23576.
    function reviewOf(uint256 reviewId) external view returns (uint256 purchaseId, address reviewer, bytes32 productId, uint8 rating, bytes32 contentHash, uint64 postedAt);

    /// @notice The review of purchase `purchaseId` (0: none yet).
    /// @dev Gas: 4676.
    function reviewOfPurchase(uint256 purchaseId) external view returns (uint256 reviewId);

    /// @notice Reviews of `productId`.
    /// @dev Gas: 4676.
    function productReviewCount(bytes32 productId) external view returns (uint256);

    /// @notice Up to `limit` (at most 100) review ids of `productId` from position `offset`, oldest
    /// first; an offset past the end gives an empty page.
    /// @dev Gas: 9900 for 2 ids (2100 more per id).
    function reviewsOf(bytes32 productId, uint256 offset, uint256 limit) external view returns (uint256[] memory reviewIds);

    /// @notice Reviews of `productId` with 1, 2, 3, 4 and 5 stars; they sum to productReviewCount.
    /// @dev Gas: 13076.
    function ratingDistribution(bytes32 productId) external view returns (uint256[5] memory counts);

    /// @notice The average rating of `productId` as numerator / denominator (sum of stars / number
    /// of reviews); 0 / 0 without reviews.
    /// @dev Gas: 6776.
    function averageRating(bytes32 productId) external view returns (uint256 numerator, uint256 denominator);

    /// @notice The behaviour id under which a shop rewards review `reviewId` with rewardBehaviour
    /// (kind 1): keccak256(abi.encode("coterie.review", reviewId)).
    /// @dev Gas: 2576 (rewardRef), 3088 (dropProductId).
    function rewardRef(uint256 reviewId) external pure returns (bytes32);

    /// @notice The product id reviews file drop `dropId` of collection `collectionId` under:
    /// keccak256(abi.encode(collectionId, dropId)).
    /// @dev Gas: 2576 (rewardRef), 3088 (dropProductId).
    function dropProductId(uint256 collectionId, uint256 dropId) external pure returns (bytes32);
}
