package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.SolidityError;

/**
 * Errors of the membership registry and collections beyond {@link
 * io.coterie.chaincode.abi.StandardErrors}: OpenZeppelin v5's {@code IERC721Errors} and votes
 * errors with their exact signatures, then Coterie's own.
 */
public final class MembershipErrors {
  private MembershipErrors() {}

  public static final SolidityError ERC721_INVALID_OWNER =
      new SolidityError("ERC721InvalidOwner(address)");
  public static final SolidityError ERC721_NONEXISTENT_TOKEN =
      new SolidityError("ERC721NonexistentToken(uint256)");
  public static final SolidityError ERC721_INCORRECT_OWNER =
      new SolidityError("ERC721IncorrectOwner(address,uint256,address)");
  public static final SolidityError ERC721_INVALID_SENDER =
      new SolidityError("ERC721InvalidSender(address)");
  public static final SolidityError ERC721_INVALID_RECEIVER =
      new SolidityError("ERC721InvalidReceiver(address)");
  public static final SolidityError ERC721_INSUFFICIENT_APPROVAL =
      new SolidityError("ERC721InsufficientApproval(address,uint256)");
  public static final SolidityError ERC721_INVALID_APPROVER =
      new SolidityError("ERC721InvalidApprover(address)");
  public static final SolidityError ERC721_INVALID_OPERATOR =
      new SolidityError("ERC721InvalidOperator(address)");
  public static final SolidityError ERC721_OUT_OF_BOUNDS_INDEX =
      new SolidityError("ERC721OutOfBoundsIndex(address,uint256)");

  /** OZ Votes: {@code timepoint} is not before the current block {@code clock}. */
  public static final SolidityError ERC5805_FUTURE_LOOKUP =
      new SolidityError("ERC5805FutureLookup(uint256,uint48)");

  /** OZ AccessControl: the caller lacks {@code BRAND_ROLE}. */
  public static final SolidityError UNAUTHORIZED_ACCOUNT =
      new SolidityError("AccessControlUnauthorizedAccount(address,bytes32)");

  /** The caller is not the brand that created the collection. */
  public static final SolidityError NOT_COLLECTION_BRAND =
      new SolidityError("NotCollectionBrand(address,address)");

  /** No collection exists at this id (or at the called address). */
  public static final SolidityError UNKNOWN_COLLECTION =
      new SolidityError("UnknownCollection(uint256)");

  /** All {@code 0x…3000}–{@code 0x…3fff} addresses are taken. */
  public static final SolidityError TOO_MANY_COLLECTIONS =
      new SolidityError("TooManyCollections(uint256)");

  /** The collection is soulbound (ERC-5192): its cards never move. */
  public static final SolidityError SOULBOUND_CARD = new SolidityError("SoulboundCard(uint256)");

  /** An airdrop would mint to more than the per-call maximum. */
  public static final SolidityError AIRDROP_TOO_LARGE =
      new SolidityError("AirdropTooLarge(uint256,uint256)");

  /** No drop has this id in the collection. */
  public static final SolidityError UNKNOWN_DROP = new SolidityError("UnknownDrop(uint256)");

  /** {@code memberOpensAt} is after {@code publicOpensAt}, or the supply is zero. */
  public static final SolidityError INVALID_DROP =
      new SolidityError("InvalidDrop(uint64,uint64,uint256)");

  /** The buyer may not buy yet: the drop opens for them at {@code opensAt}. */
  public static final SolidityError DROP_NOT_OPEN =
      new SolidityError("DropNotOpen(uint256,address,uint64)");

  /** Every item of the drop is sold. */
  public static final SolidityError DROP_SOLD_OUT =
      new SolidityError("DropSoldOut(uint256,uint256)");

  /** The buyer already bought from this drop (one item per address). */
  public static final SolidityError ALREADY_PURCHASED =
      new SolidityError("AlreadyPurchased(uint256,address)");
}
