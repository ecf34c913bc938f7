package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import io.coterie.chaincode.roles.RolesErrors;
import java.util.List;

/**
 * Custom errors of the Provenance precompile; each names the values that made the call fail. The
 * calls also revert with {@link StandardErrors} and, for a missing role, OpenZeppelin's {@code
 * AccessControlUnauthorizedAccount(address,bytes32)}.
 */
public final class ProvenanceErrors {
  private ProvenanceErrors() {}

  public static final SolidityError UNAUTHORIZED_ACCOUNT = RolesErrors.UNAUTHORIZED_ACCOUNT;
  public static final SolidityError UNKNOWN_LOT = new SolidityError("UnknownLot(bytes32)");
  public static final SolidityError LOT_ALREADY_EXISTS =
      new SolidityError("LotAlreadyExists(bytes32)");
  public static final SolidityError NOT_CUSTODIAN =
      new SolidityError("NotCustodian(bytes32,address,address)");
  public static final SolidityError LOT_IN_TRANSIT =
      new SolidityError("LotInTransit(bytes32,address)");
  public static final SolidityError LOT_NOT_IN_TRANSIT =
      new SolidityError("LotNotInTransit(bytes32)");
  public static final SolidityError NOT_RECEIVER =
      new SolidityError("NotReceiver(bytes32,address,address)");
  public static final SolidityError LOT_NOT_ACTIVE = new SolidityError("LotNotActive(bytes32)");
  public static final SolidityError LOT_IN_CONTAINER =
      new SolidityError("LotInContainer(bytes32,bytes32)");
  public static final SolidityError NOT_IN_CONTAINER =
      new SolidityError("NotInContainer(bytes32,bytes32)");
  public static final SolidityError NOT_A_LOT = new SolidityError("NotALot(bytes32)");
  public static final SolidityError NOT_A_CONTAINER = new SolidityError("NotAContainer(bytes32)");
  public static final SolidityError CONTAINER_FULL =
      new SolidityError("ContainerFull(bytes32,uint256)");
  public static final SolidityError LOT_IS_RECALLED = new SolidityError("LotIsRecalled(bytes32)");
  public static final SolidityError LOT_ALREADY_RECALLED =
      new SolidityError("LotAlreadyRecalled(bytes32)");
  public static final SolidityError NOT_ALLOWED_TO_RECALL =
      new SolidityError("NotAllowedToRecall(bytes32,address)");
  public static final SolidityError INVALID_GTIN = new SolidityError("InvalidGtin(string)");
  public static final SolidityError INVALID_LOT_NUMBER =
      new SolidityError("InvalidLotNumber(string)");
  public static final SolidityError INVALID_GLN = new SolidityError("InvalidGln(string)");
  public static final SolidityError INVALID_SSCC = new SolidityError("InvalidSscc(string)");
  public static final SolidityError INVALID_BIZ_STEP = new SolidityError("InvalidBizStep(uint8)");
  public static final SolidityError INVALID_DISPOSITION =
      new SolidityError("InvalidDisposition(uint8)");
  public static final SolidityError INVALID_ACTION = new SolidityError("InvalidAction(uint8)");
  public static final SolidityError WRONG_BIZ_STEP = new SolidityError("WrongBizStep(uint8,uint8)");
  public static final SolidityError RESERVED_BIZ_STEP = new SolidityError("ReservedBizStep(uint8)");
  public static final SolidityError INVALID_EVENT_TIME =
      new SolidityError("InvalidEventTime(uint64,uint64)");
  public static final SolidityError INVALID_SENSOR_RANGE =
      new SolidityError("InvalidSensorRange(int32,int32)");
  public static final SolidityError DOCUMENT_URI_TOO_LONG =
      new SolidityError("DocumentUriTooLong(uint256,uint256)");
  public static final SolidityError LOT_COUNT_OUT_OF_RANGE =
      new SolidityError("LotCountOutOfRange(uint256,uint256)");
  public static final SolidityError DUPLICATE_LOT = new SolidityError("DuplicateLot(bytes32)");
  public static final SolidityError INVALID_RECEIVER =
      new SolidityError("InvalidReceiver(address)");
  public static final SolidityError UNKNOWN_EVENT = new SolidityError("UnknownEvent(uint256)");
  public static final SolidityError INVALID_ERROR_REASON =
      new SolidityError("InvalidErrorReason(uint8)");
  public static final SolidityError EVENT_ALREADY_DECLARED_ERRONEOUS =
      new SolidityError("EventAlreadyDeclaredErroneous(uint256)");
  public static final SolidityError NOT_ALLOWED_TO_DECLARE_ERROR =
      new SolidityError("NotAllowedToDeclareError(uint256,address)");
  public static final SolidityError INVALID_CORRECTIVE_EVENT =
      new SolidityError("InvalidCorrectiveEvent(uint256)");

  /** Version 2: no binding of the GTIN registry covers this GTIN. */
  public static final SolidityError GTIN_NOT_REGISTERED =
      new SolidityError("GtinNotRegistered(string)");

  /** Version 2: (gtin, the prefix or GTIN it falls under, that key's owner, the caller). */
  public static final SolidityError GTIN_OWNED_BY_OTHER =
      new SolidityError("GtinOwnedByOther(string,string,address,address)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          UNAUTHORIZED_ACCOUNT,
          UNKNOWN_LOT,
          LOT_ALREADY_EXISTS,
          NOT_CUSTODIAN,
          LOT_IN_TRANSIT,
          LOT_NOT_IN_TRANSIT,
          NOT_RECEIVER,
          LOT_NOT_ACTIVE,
          LOT_IN_CONTAINER,
          NOT_IN_CONTAINER,
          NOT_A_LOT,
          NOT_A_CONTAINER,
          CONTAINER_FULL,
          LOT_IS_RECALLED,
          LOT_ALREADY_RECALLED,
          NOT_ALLOWED_TO_RECALL,
          INVALID_GTIN,
          INVALID_LOT_NUMBER,
          INVALID_GLN,
          INVALID_SSCC,
          INVALID_BIZ_STEP,
          INVALID_DISPOSITION,
          INVALID_ACTION,
          WRONG_BIZ_STEP,
          RESERVED_BIZ_STEP,
          INVALID_EVENT_TIME,
          INVALID_SENSOR_RANGE,
          DOCUMENT_URI_TOO_LONG,
          LOT_COUNT_OUT_OF_RANGE,
          DUPLICATE_LOT,
          INVALID_RECEIVER,
          UNKNOWN_EVENT,
          INVALID_ERROR_REASON,
          EVENT_ALREADY_DECLARED_ERRONEOUS,
          NOT_ALLOWED_TO_DECLARE_ERROR,
          INVALID_CORRECTIVE_EVENT,
          GTIN_NOT_REGISTERED,
          GTIN_OWNED_BY_OTHER,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
