package io.coterie.chaincode.editions;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import java.util.List;

/** Custom errors of the editions; ERC-1155 ones as OpenZeppelin v5 names them. */
public final class EditionsErrors {
  private EditionsErrors() {}

  /** (sender, balance, needed, tokenId). */
  public static final SolidityError ERC1155_INSUFFICIENT_BALANCE =
      new SolidityError("ERC1155InsufficientBalance(address,uint256,uint256,uint256)");

  public static final SolidityError ERC1155_INVALID_SENDER =
      new SolidityError("ERC1155InvalidSender(address)");

  /** The zero address or a precompile that holds no tokens. */
  public static final SolidityError ERC1155_INVALID_RECEIVER =
      new SolidityError("ERC1155InvalidReceiver(address)");

  /** (operator, owner). */
  public static final SolidityError ERC1155_MISSING_APPROVAL_FOR_ALL =
      new SolidityError("ERC1155MissingApprovalForAll(address,address)");

  public static final SolidityError ERC1155_INVALID_OPERATOR =
      new SolidityError("ERC1155InvalidOperator(address)");

  /** (idsLength, valuesLength), or (accountsLength, idsLength) for balanceOfBatch. */
  public static final SolidityError ERC1155_INVALID_ARRAY_LENGTH =
      new SolidityError("ERC1155InvalidArrayLength(uint256,uint256)");

  /** (account): only BRAND_ROLE holders create editions. */
  public static final SolidityError NOT_A_BRAND = new SolidityError("NotABrand(address)");

  /** A cap of 0. */
  public static final SolidityError INVALID_SUPPLY_CAP =
      new SolidityError("InvalidSupplyCap(uint256)");

  /** (length, maxLength) in UTF-8 bytes. */
  public static final SolidityError URI_TOO_LONG = new SolidityError("UriTooLong(uint256,uint256)");

  /** (id). */
  public static final SolidityError UNKNOWN_EDITION = new SolidityError("UnknownEdition(uint256)");

  /** (id, account, brand): only the edition's brand mints it. */
  public static final SolidityError NOT_EDITION_BRAND =
      new SolidityError("NotEditionBrand(uint256,address,address)");

  /** (id, maxSupply, minted, requested). */
  public static final SolidityError EDITION_CAP_EXCEEDED =
      new SolidityError("EditionCapExceeded(uint256,uint256,uint256,uint256)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          ERC1155_INSUFFICIENT_BALANCE,
          ERC1155_INVALID_SENDER,
          ERC1155_INVALID_RECEIVER,
          ERC1155_MISSING_APPROVAL_FOR_ALL,
          ERC1155_INVALID_OPERATOR,
          ERC1155_INVALID_ARRAY_LENGTH,
          NOT_A_BRAND,
          INVALID_SUPPLY_CAP,
          URI_TOO_LONG,
          UNKNOWN_EDITION,
          NOT_EDITION_BRAND,
          EDITION_CAP_EXCEEDED,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
