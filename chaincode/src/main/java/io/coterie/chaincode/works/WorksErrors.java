package io.coterie.chaincode.works;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import java.util.List;

/** Custom errors of the creators' works; ERC-721 ones as OpenZeppelin v5 names them. */
public final class WorksErrors {
  private WorksErrors() {}

  public static final SolidityError ERC721_INVALID_OWNER =
      new SolidityError("ERC721InvalidOwner(address)");
  public static final SolidityError ERC721_NONEXISTENT_TOKEN =
      new SolidityError("ERC721NonexistentToken(uint256)");
  public static final SolidityError ERC721_INCORRECT_OWNER =
      new SolidityError("ERC721IncorrectOwner(address,uint256,address)");
  public static final SolidityError ERC721_INSUFFICIENT_APPROVAL =
      new SolidityError("ERC721InsufficientApproval(address,uint256)");
  public static final SolidityError ERC721_INVALID_APPROVER =
      new SolidityError("ERC721InvalidApprover(address)");
  public static final SolidityError ERC721_INVALID_OPERATOR =
      new SolidityError("ERC721InvalidOperator(address)");

  /** The zero address or a precompile that holds no tokens. */
  public static final SolidityError ERC721_INVALID_RECEIVER =
      new SolidityError("ERC721InvalidReceiver(address)");

  /** (account): only MEMBER_ROLE holders mint works. */
  public static final SolidityError NOT_A_MEMBER = new SolidityError("NotAMember(address)");

  /** The content hash is zero. */
  public static final SolidityError INVALID_CONTENT_HASH =
      new SolidityError("InvalidContentHash()");

  /** (contentHash, tokenId): that content is already a work. */
  public static final SolidityError CONTENT_ALREADY_MINTED =
      new SolidityError("ContentAlreadyMinted(bytes32,uint256)");

  /** (royaltyBps, maxBps). */
  public static final SolidityError ROYALTY_TOO_HIGH =
      new SolidityError("RoyaltyTooHigh(uint256,uint256)");

  /** (length, maxLength) in bytes of UTF-8. */
  public static final SolidityError URI_TOO_LONG = new SolidityError("UriTooLong(uint256,uint256)");

  /** (tokenId, account): only the creator, while holding the work, updates its metadata. */
  public static final SolidityError NOT_CREATOR_HOLDER =
      new SolidityError("NotCreatorHolder(uint256,address)");

  /** (tokenId, account, owner): only the holder lists, sells or cancels. */
  public static final SolidityError NOT_WORK_OWNER =
      new SolidityError("NotWorkOwner(uint256,address,address)");

  /** A sale or use is paid for: the price must be above 0. */
  public static final SolidityError INVALID_PRICE = new SolidityError("InvalidPrice(uint256)");

  /** (programId, reason): the program cannot price a sale. */
  public static final SolidityError INVALID_PAYMENT =
      new SolidityError("InvalidPayment(uint256,string)");

  /** (tokenId, programId, price): a listed work moves only by {@code buy}. */
  public static final SolidityError WORK_IS_LISTED =
      new SolidityError("WorkIsListed(uint256,uint256,uint256)");

  /** (tokenId). */
  public static final SolidityError NOT_LISTED = new SolidityError("NotListed(uint256)");

  /** (tokenId, account, buyer): the listing is reserved for another buyer. */
  public static final SolidityError RESERVED_FOR_OTHER_BUYER =
      new SolidityError("ReservedForOtherBuyer(uint256,address,address)");

  /** (tokenId, account): the holder cannot buy its own work or a use of it. */
  public static final SolidityError BUYER_IS_HOLDER =
      new SolidityError("BuyerIsHolder(uint256,address)");

  /** An empty batch of URIs. */
  public static final SolidityError EMPTY_BATCH = new SolidityError("EmptyBatch()");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          ERC721_INVALID_OWNER,
          ERC721_NONEXISTENT_TOKEN,
          ERC721_INCORRECT_OWNER,
          ERC721_INSUFFICIENT_APPROVAL,
          ERC721_INVALID_APPROVER,
          ERC721_INVALID_OPERATOR,
          ERC721_INVALID_RECEIVER,
          NOT_A_MEMBER,
          INVALID_CONTENT_HASH,
          CONTENT_ALREADY_MINTED,
          ROYALTY_TOO_HIGH,
          URI_TOO_LONG,
          NOT_CREATOR_HOLDER,
          NOT_WORK_OWNER,
          INVALID_PRICE,
          INVALID_PAYMENT,
          WORK_IS_LISTED,
          NOT_LISTED,
          RESERVED_FOR_OTHER_BUYER,
          BUYER_IS_HOLDER,
          EMPTY_BATCH,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
