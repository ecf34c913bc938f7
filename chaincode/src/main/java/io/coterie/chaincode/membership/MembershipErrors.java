package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.DelegationSignatures;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.loyalty.LoyaltyErrors;

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

  /** The caller is not the collection's owner (its brand, or whoever it was transferred to). */
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

  /** OZ Ownable: only the owner starts a transfer, only the pending owner accepts it. */
  public static final SolidityError OWNABLE_UNAUTHORIZED_ACCOUNT =
      Ownable2Step.OWNABLE_UNAUTHORIZED_ACCOUNT;

  /** OZ Votes: a delegateBySig signature past its expiry. */
  public static final SolidityError VOTES_EXPIRED_SIGNATURE =
      DelegationSignatures.VOTES_EXPIRED_SIGNATURE;

  /** OZ Nonces: the signed nonce is not the signer's current one (see nonces(signer)). */
  public static final SolidityError INVALID_ACCOUNT_NONCE =
      DelegationSignatures.INVALID_ACCOUNT_NONCE;

  /** OZ ECDSA: the signature recovers to no address. */
  public static final SolidityError ECDSA_INVALID_SIGNATURE =
      DelegationSignatures.ECDSA_INVALID_SIGNATURE;

  /** OZ ECDSA: a malleable signature (high {@code s}). */
  public static final SolidityError ECDSA_INVALID_SIGNATURE_S =
      DelegationSignatures.ECDSA_INVALID_SIGNATURE_S;

  /** A member collection's cards go only to MEMBER_ROLE holders; grant the role first. */
  public static final SolidityError NOT_A_MEMBER = new SolidityError("NotAMember(address)");

  /** A member collection holds one card per member; {@code holder} already holds one. */
  public static final SolidityError ALREADY_HOLDS_CARD =
      new SolidityError("AlreadyHoldsCard(address,uint256)");

  /** Registry: every revocation of MEMBER_ROLE visits each member collection, so they are few. */
  public static final SolidityError TOO_MANY_MEMBER_COLLECTIONS =
      new SolidityError("TooManyMemberCollections(uint256)");

  /** A drop's price: (programId, price, what is wrong and what to do). */
  public static final SolidityError INVALID_DROP_PAYMENT =
      new SolidityError("InvalidDropPayment(uint256,uint256,string)");

  /** A drop's item collection: (itemCollection, what is wrong and what to do). */
  public static final SolidityError INVALID_DROP_ITEMS =
      new SolidityError("InvalidDropItems(uint256,string)");

  /** Only the drop's payee (who was paid) refunds: (caller, payee). */
  public static final SolidityError NOT_DROP_PAYEE =
      new SolidityError("NotDropPayee(address,address)");

  /** {@code buyer} holds no (unrefunded) purchase in the drop. */
  public static final SolidityError NOT_PURCHASED =
      new SolidityError("NotPurchased(uint256,address)");

  /** A refund burns the item, so the buyer must still hold it: (itemTokenId, buyer, holder). */
  public static final SolidityError ITEM_NOT_HELD =
      new SolidityError("ItemNotHeld(uint256,address,address)");

  // Bubbled up unchanged from the program token when a drop's payment or refund fails.

  /** Approve this collection for the price first (the spender is the collection). */
  public static final SolidityError ERC20_INSUFFICIENT_ALLOWANCE =
      LoyaltyErrors.ERC20_INSUFFICIENT_ALLOWANCE;

  /** The payer holds fewer points than the price. */
  public static final SolidityError ERC20_INSUFFICIENT_BALANCE =
      LoyaltyErrors.ERC20_INSUFFICIENT_BALANCE;

  /** The drop's program stopped allowing transfers. */
  public static final SolidityError TRANSFERS_DISABLED = LoyaltyErrors.TRANSFERS_DISABLED;

  /** The receiver would hold more than the program's maximum balance. */
  public static final SolidityError MAX_BALANCE_EXCEEDED = LoyaltyErrors.MAX_BALANCE_EXCEEDED;

  /** The buyer's permit is past its deadline. */
  public static final SolidityError ERC2612_EXPIRED_SIGNATURE =
      LoyaltyErrors.ERC2612_EXPIRED_SIGNATURE;

  /** The permit was not signed by the buyer for this collection, price and nonce. */
  public static final SolidityError ERC2612_INVALID_SIGNER = LoyaltyErrors.ERC2612_INVALID_SIGNER;
}
