package io.coterie.chaincode.members;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import java.util.List;

/** Custom errors of member accounts; each names the values that made the call fail. */
public final class MemberAccountsErrors {
  private MemberAccountsErrors() {}

  /** The sender holds no SPONSOR_ROLE. */
  public static final SolidityError NOT_SPONSOR = new SolidityError("NotSponsor(address)");

  /** The sender holds no DEFAULT_ADMIN_ROLE. */
  public static final SolidityError NOT_ADMIN = new SolidityError("NotAdmin(address)");

  /** No member account at that address; create it first. */
  public static final SolidityError UNKNOWN_ACCOUNT = new SolidityError("UnknownAccount(address)");

  /** An account with that first key and salt exists. */
  public static final SolidityError ACCOUNT_EXISTS = new SolidityError("AccountExists(address)");

  /** (x, y) is not a point of P-256. */
  public static final SolidityError INVALID_PUBLIC_KEY =
      new SolidityError("InvalidPublicKey(bytes32,bytes32)");

  /** (length, max) of a WebAuthn credential id. */
  public static final SolidityError CREDENTIAL_ID_TOO_LONG =
      new SolidityError("CredentialIdTooLong(uint256,uint256)");

  /** (deadline, block timestamp). */
  public static final SolidityError REQUEST_EXPIRED =
      new SolidityError("RequestExpired(uint256,uint256)");

  /** (account, expected, given): replayed or out of order. */
  public static final SolidityError WRONG_NONCE =
      new SolidityError("WrongNonce(address,uint256,uint256)");

  /** (account, keyId): not a key of the account. */
  public static final SolidityError UNKNOWN_KEY = new SolidityError("UnknownKey(address,bytes32)");

  /** The assertion cannot be read; the reason says which part. */
  public static final SolidityError MALFORMED_ASSERTION =
      new SolidityError("MalformedAssertion(string)");

  /** authenticatorData flags without UP (bit 0). */
  public static final SolidityError USER_NOT_PRESENT = new SolidityError("UserNotPresent(uint8)");

  /** authenticatorData flags without UV (bit 2). */
  public static final SolidityError USER_NOT_VERIFIED = new SolidityError("UserNotVerified(uint8)");

  /** clientDataJSON type is not webauthn.get. */
  public static final SolidityError WRONG_CLIENT_DATA_TYPE =
      new SolidityError("WrongClientDataType(string)");

  /** (expected, given): the challenge is not base64url(requestHash). */
  public static final SolidityError WRONG_CHALLENGE =
      new SolidityError("WrongChallenge(string,string)");

  /** The brand has not allowed this origin. */
  public static final SolidityError ORIGIN_NOT_ALLOWED =
      new SolidityError("OriginNotAllowed(string)");

  /** (rpIdHash, expected sha256 of the origin's host). */
  public static final SolidityError WRONG_RELYING_PARTY =
      new SolidityError("WrongRelyingParty(bytes32,bytes32)");

  /** (account, keyId): the P-256 signature does not verify. */
  public static final SolidityError BAD_SIGNATURE =
      new SolidityError("BadSignature(address,bytes32)");

  /** (sponsor, maxRequests, windowSeconds, retryAt). */
  public static final SolidityError SPONSOR_RATE_LIMITED =
      new SolidityError("SponsorRateLimited(address,uint256,uint256,uint256)");

  /** (account, maxRequests, windowSeconds, retryAt). */
  public static final SolidityError MEMBER_RATE_LIMITED =
      new SolidityError("MemberRateLimited(address,uint256,uint256,uint256)");

  /** (maxRequests, windowSeconds): a limit needs a window of 1 s to 1 year. */
  public static final SolidityError INVALID_LIMIT =
      new SolidityError("InvalidLimit(uint256,uint256)");

  /** Only a member account (through execute) may change its keys and guardians. */
  public static final SolidityError NOT_AN_ACCOUNT = new SolidityError("NotAnAccount(address)");

  /** (account, keyId): the key is already there. */
  public static final SolidityError KEY_EXISTS = new SolidityError("KeyExists(address,bytes32)");

  /** (account, max). */
  public static final SolidityError TOO_MANY_KEYS =
      new SolidityError("TooManyKeys(address,uint256)");

  /** (account, keyId): the last key cannot be removed. */
  public static final SolidityError LAST_KEY = new SolidityError("LastKey(address,bytes32)");

  /** A guardian is zero, the account itself, or listed twice. */
  public static final SolidityError INVALID_GUARDIAN =
      new SolidityError("InvalidGuardian(address)");

  /** (count, max). */
  public static final SolidityError TOO_MANY_GUARDIANS =
      new SolidityError("TooManyGuardians(uint256,uint256)");

  /** (threshold, guardians): needs 1..guardians, or 0 with none. */
  public static final SolidityError INVALID_THRESHOLD =
      new SolidityError("InvalidThreshold(uint256,uint256)");

  /** (delaySeconds, max). */
  public static final SolidityError DELAY_TOO_LONG =
      new SolidityError("DelayTooLong(uint256,uint256)");

  /** (account, sender). */
  public static final SolidityError NOT_GUARDIAN =
      new SolidityError("NotGuardian(address,address)");

  /** (account, recoveryId): unknown, finished, cancelled or from older guardians. */
  public static final SolidityError RECOVERY_NOT_OPEN =
      new SolidityError("RecoveryNotOpen(address,uint256)");

  /** (account, recoveryId, guardian). */
  public static final SolidityError ALREADY_APPROVED =
      new SolidityError("AlreadyApproved(address,uint256,address)");

  /** (account, recoveryId, approvals, threshold). */
  public static final SolidityError NOT_ENOUGH_APPROVALS =
      new SolidityError("NotEnoughApprovals(address,uint256,uint256,uint256)");

  /** (account, recoveryId, readyAt, block timestamp). */
  public static final SolidityError RECOVERY_DELAY_NOT_OVER =
      new SolidityError("RecoveryDelayNotOver(address,uint256,uint256,uint256)");

  /** Not scheme://host[:port] with scheme http or https, lower case, no path. */
  public static final SolidityError INVALID_ORIGIN = new SolidityError("InvalidOrigin(string)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          NOT_SPONSOR,
          NOT_ADMIN,
          UNKNOWN_ACCOUNT,
          ACCOUNT_EXISTS,
          INVALID_PUBLIC_KEY,
          CREDENTIAL_ID_TOO_LONG,
          REQUEST_EXPIRED,
          WRONG_NONCE,
          UNKNOWN_KEY,
          MALFORMED_ASSERTION,
          USER_NOT_PRESENT,
          USER_NOT_VERIFIED,
          WRONG_CLIENT_DATA_TYPE,
          WRONG_CHALLENGE,
          ORIGIN_NOT_ALLOWED,
          WRONG_RELYING_PARTY,
          BAD_SIGNATURE,
          SPONSOR_RATE_LIMITED,
          MEMBER_RATE_LIMITED,
          INVALID_LIMIT,
          NOT_AN_ACCOUNT,
          KEY_EXISTS,
          TOO_MANY_KEYS,
          LAST_KEY,
          INVALID_GUARDIAN,
          TOO_MANY_GUARDIANS,
          INVALID_THRESHOLD,
          DELAY_TOO_LONG,
          NOT_GUARDIAN,
          RECOVERY_NOT_OPEN,
          ALREADY_APPROVED,
          NOT_ENOUGH_APPROVALS,
          RECOVERY_DELAY_NOT_OVER,
          INVALID_ORIGIN,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
