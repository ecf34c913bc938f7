package io.coterie.chaincode.works;

import io.coterie.chaincode.abi.SolidityEvent;
import java.util.List;

/** Events of the creators' works: ERC-721's, ERC-4906's and the sales audit trail. */
public final class WorksEvents {
  private WorksEvents() {}

  public static final SolidityEvent TRANSFER =
      new SolidityEvent("Transfer(address,address,uint256)");
  public static final SolidityEvent APPROVAL =
      new SolidityEvent("Approval(address,address,uint256)");
  public static final SolidityEvent APPROVAL_FOR_ALL =
      new SolidityEvent("ApprovalForAll(address,address,bool)");

  /** ERC-4906 {@code MetadataUpdate(uint256 _tokenId)}. */
  public static final SolidityEvent METADATA_UPDATE = new SolidityEvent("MetadataUpdate(uint256)");

  /** ERC-4906 {@code BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)}. */
  public static final SolidityEvent BATCH_METADATA_UPDATE =
      new SolidityEvent("BatchMetadataUpdate(uint256,uint256)");

  /**
   * {@code WorkMinted(uint256 indexed tokenId, address indexed creator, bytes32 indexed
   * contentHash, uint256 royaltyBps, string uri)}.
   */
  public static final SolidityEvent WORK_MINTED =
      new SolidityEvent("WorkMinted(uint256,address,bytes32,uint256,string)");

  /**
   * {@code WorkListed(uint256 indexed tokenId, address indexed seller, address indexed buyer,
   * uint256 programId, uint256 price)}: buyer 0 is an open listing.
   */
  public static final SolidityEvent WORK_LISTED =
      new SolidityEvent("WorkListed(uint256,address,address,uint256,uint256)");

  /** {@code ListingCancelled(uint256 indexed tokenId, address indexed seller)}. */
  public static final SolidityEvent LISTING_CANCELLED =
      new SolidityEvent("ListingCancelled(uint256,address)");

  /**
   * {@code WorkSold(uint256 indexed tokenId, address indexed seller, address indexed buyer, uint256
   * programId, uint256 price, uint256 royalty)}.
   */
  public static final SolidityEvent WORK_SOLD =
      new SolidityEvent("WorkSold(uint256,address,address,uint256,uint256,uint256)");

  /**
   * {@code UsePurchased(uint256 indexed tokenId, address indexed buyer, address indexed holder,
   * uint256 programId, uint256 price, uint256 royalty, uint256 useNumber)}.
   */
  public static final SolidityEvent USE_PURCHASED =
      new SolidityEvent("UsePurchased(uint256,address,address,uint256,uint256,uint256,uint256)");

  public static final List<SolidityEvent> ALL =
      List.of(
          TRANSFER,
          APPROVAL,
          APPROVAL_FOR_ALL,
          METADATA_UPDATE,
          BATCH_METADATA_UPDATE,
          WORK_MINTED,
          WORK_LISTED,
          LISTING_CANCELLED,
          WORK_SOLD,
          USE_PURCHASED);
}
