package io.coterie.chaincode.membership;

import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.abi.SolidityEvent;

/** Events of the registry and the collections: ERC-721, ERC-5192, ERC-5805, then Coterie's. */
public final class MembershipEvents {
  private MembershipEvents() {}

  /** {@code Transfer(address indexed from, address indexed to, uint256 indexed tokenId)}. */
  public static final SolidityEvent TRANSFER =
      new SolidityEvent("Transfer(address,address,uint256)");

  /** {@code Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)}. */
  public static final SolidityEvent APPROVAL =
      new SolidityEvent("Approval(address,address,uint256)");

  /** {@code ApprovalForAll(address indexed owner, address indexed operator, bool approved)}. */
  public static final SolidityEvent APPROVAL_FOR_ALL =
      new SolidityEvent("ApprovalForAll(address,address,bool)");

  /** ERC-5192 {@code Locked(uint256 tokenId)}: emitted at mint in soulbound collections. */
  public static final SolidityEvent LOCKED = new SolidityEvent("Locked(uint256)");

  /**
   * {@code DelegateChanged(address indexed delegator, address indexed from, address indexed to)}.
   */
  public static final SolidityEvent DELEGATE_CHANGED = DelegatedVotes.DELEGATE_CHANGED;

  /** {@code DelegateVotesChanged(address indexed delegate, uint256 previous, uint256 new)}. */
  public static final SolidityEvent DELEGATE_VOTES_CHANGED = DelegatedVotes.DELEGATE_VOTES_CHANGED;

  /** Ownable2Step {@code OwnershipTransferStarted(address indexed, address indexed)}. */
  public static final SolidityEvent OWNERSHIP_TRANSFER_STARTED =
      Ownable2Step.OWNERSHIP_TRANSFER_STARTED;

  /** Ownable2Step {@code OwnershipTransferred(address indexed, address indexed)}. */
  public static final SolidityEvent OWNERSHIP_TRANSFERRED = Ownable2Step.OWNERSHIP_TRANSFERRED;

  /**
   * Registry: {@code MemberCollectionCreated(uint256 indexed id)}, after CollectionCreated: the
   * collection's cards go only to MEMBER_ROLE holders and burn when the role is revoked.
   */
  public static final SolidityEvent MEMBER_COLLECTION_CREATED =
      new SolidityEvent("MemberCollectionCreated(uint256)");

  /**
   * {@code CardReissued(uint256 indexed oldTokenId, uint256 indexed newTokenId, address oldHolder,
   * address newHolder)}: a lost key's card was burned and its tier minted to the new address.
   */
  public static final SolidityEvent CARD_REISSUED =
      new SolidityEvent("CardReissued(uint256,uint256,address,address)");

  /**
   * Registry: {@code CollectionCreated(uint256 indexed id, address indexed brand, address token,
   * string name, string symbol, bool soulbound)}.
   */
  public static final SolidityEvent COLLECTION_CREATED =
      new SolidityEvent("CollectionCreated(uint256,address,address,string,string,bool)");

  /** {@code TierChanged(uint256 indexed tokenId, uint8 previousTier, uint8 newTier)}. */
  public static final SolidityEvent TIER_CHANGED =
      new SolidityEvent("TierChanged(uint256,uint8,uint8)");

  /** {@code BaseURIChanged(string baseURI)}. */
  public static final SolidityEvent BASE_URI_CHANGED = new SolidityEvent("BaseURIChanged(string)");

  /**
   * {@code DropCreated(uint256 indexed dropId, uint64 memberOpensAt, uint64 publicOpensAt, uint256
   * supply, uint256 itemCollection, uint256 programId, uint256 price)}.
   */
  public static final SolidityEvent DROP_CREATED =
      new SolidityEvent("DropCreated(uint256,uint64,uint64,uint256,uint256,uint256,uint256)");

  /**
   * {@code DropPurchased(uint256 indexed dropId, address indexed buyer, uint256 serial, bool
   * duringMemberWindow, uint256 itemTokenId, uint256 price)}: paid and delivered in one call.
   */
  public static final SolidityEvent DROP_PURCHASED =
      new SolidityEvent("DropPurchased(uint256,address,uint256,bool,uint256,uint256)");

  /**
   * {@code DropRefunded(uint256 indexed dropId, address indexed buyer, uint256 serial, uint256
   * itemTokenId, uint256 price)}: the price went back to the buyer and the item was burned.
   */
  public static final SolidityEvent DROP_REFUNDED =
      new SolidityEvent("DropRefunded(uint256,address,uint256,uint256,uint256)");
}
