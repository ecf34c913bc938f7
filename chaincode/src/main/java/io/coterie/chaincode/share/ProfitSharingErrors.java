package io.coterie.chaincode.share;

import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.abi.StandardErrors;
import java.util.List;

/** Custom errors of profit sharing; each names the values that made the call fail. */
public final class ProfitSharingErrors {
  private ProfitSharingErrors() {}

  /** The caller holds no BRAND_ROLE and is not the DAO governor. */
  public static final SolidityError NOT_ROUND_OPENER = new SolidityError("NotRoundOpener(address)");

  /** (programId): no such loyalty program. */
  public static final SolidityError UNKNOWN_PROGRAM = new SolidityError("UnknownProgram(uint256)");

  /** (programId, reason): points that cannot be transferred, or that expire, cannot be shared. */
  public static final SolidityError PROGRAM_NOT_SHAREABLE =
      new SolidityError("ProgramNotShareable(uint256,string)");

  /** An amount of 0. */
  public static final SolidityError ZERO_AMOUNT = new SolidityError("ZeroAmount()");

  /** (expiryBlock, currentBlock): the expiry must be after the current block. */
  public static final SolidityError EXPIRY_NOT_FUTURE =
      new SolidityError("ExpiryNotInFuture(uint64,uint64)");

  /** (snapshotBlock, currentBlock): the snapshot must be before the current block. */
  public static final SolidityError SNAPSHOT_NOT_PAST =
      new SolidityError("SnapshotNotInPast(uint64,uint64)");

  /** (source): not 1 (card votes) or 2 (point votes); lists go through openListedRound. */
  public static final SolidityError INVALID_WEIGHT_SOURCE =
      new SolidityError("InvalidWeightSource(uint8)");

  /** (source, sourceId, reason): the source keeps no usable ERC-5805 checkpoints. */
  public static final SolidityError UNSUITABLE_WEIGHT_SOURCE =
      new SolidityError("UnsuitableWeightSource(uint8,uint256,string)");

  /** (members, weights): the two lists differ in length. */
  public static final SolidityError LIST_LENGTH_MISMATCH =
      new SolidityError("ListLengthMismatch(uint256,uint256)");

  /** (length, max): an empty list, or more members than one round takes. */
  public static final SolidityError INVALID_LIST_SIZE =
      new SolidityError("InvalidListSize(uint256,uint256)");

  /** (member, weight): the zero address, or a weight of 0. */
  public static final SolidityError INVALID_LISTED_MEMBER =
      new SolidityError("InvalidListedMember(address,uint256)");

  /** (member): listed twice. */
  public static final SolidityError DUPLICATE_MEMBER =
      new SolidityError("DuplicateMember(address)");

  /** (source, sourceId, snapshotBlock): no weight at all at the snapshot. */
  public static final SolidityError NO_WEIGHT = new SolidityError("NoWeight(uint8,uint256,uint64)");

  /** (roundId): no such round. */
  public static final SolidityError UNKNOWN_ROUND = new SolidityError("UnknownRound(uint256)");

  /** (roundId, expiryBlock, currentBlock): claims end at the expiry block. */
  public static final SolidityError ROUND_EXPIRED =
      new SolidityError("RoundExpired(uint256,uint64,uint64)");

  /** (roundId, member, amount): the member already claimed {@code amount}. */
  public static final SolidityError ALREADY_CLAIMED =
      new SolidityError("AlreadyClaimed(uint256,address,uint256)");

  /** (roundId, member): the member's weight gives a share of 0. */
  public static final SolidityError NOTHING_TO_CLAIM =
      new SolidityError("NothingToClaim(uint256,address)");

  /** (roundId, expiryBlock, currentBlock): the round is still open for claims. */
  public static final SolidityError ROUND_NOT_EXPIRED =
      new SolidityError("RoundNotExpired(uint256,uint64,uint64)");

  /** (roundId): what was left went back to the funder already. */
  public static final SolidityError ALREADY_RECLAIMED =
      new SolidityError("AlreadyReclaimed(uint256)");

  /** Every error the precompile may revert with, standard ones included. */
  public static final List<SolidityError> ALL =
      List.of(
          NOT_ROUND_OPENER,
          UNKNOWN_PROGRAM,
          PROGRAM_NOT_SHAREABLE,
          ZERO_AMOUNT,
          EXPIRY_NOT_FUTURE,
          SNAPSHOT_NOT_PAST,
          INVALID_WEIGHT_SOURCE,
          UNSUITABLE_WEIGHT_SOURCE,
          LIST_LENGTH_MISMATCH,
          INVALID_LIST_SIZE,
          INVALID_LISTED_MEMBER,
          DUPLICATE_MEMBER,
          NO_WEIGHT,
          UNKNOWN_ROUND,
          ROUND_EXPIRED,
          ALREADY_CLAIMED,
          NOTHING_TO_CLAIM,
          ROUND_NOT_EXPIRED,
          ALREADY_RECLAIMED,
          StandardErrors.UNKNOWN_SELECTOR,
          StandardErrors.MALFORMED_CALLDATA,
          StandardErrors.NOT_PAYABLE,
          StandardErrors.WRITE_IN_STATIC_CALL);
}
