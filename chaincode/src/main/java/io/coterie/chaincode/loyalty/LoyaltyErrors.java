package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.DelegationSignatures;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.abi.SolidityError;
import io.coterie.chaincode.consent.ConsentErrors;

/**
 * Custom errors of the loyalty registry and tokens beyond {@link
 * io.coterie.chaincode.abi.StandardErrors}; the OpenZeppelin v5 ones keep OZ's exact signatures.
 */
public final class LoyaltyErrors {
  private LoyaltyErrors() {}

  // Registry

  /** OZ: the caller lacks {@code neededRole} (BRAND_ROLE to create a program). */
  public static final SolidityError UNAUTHORIZED_ACCOUNT =
      new SolidityError("AccessControlUnauthorizedAccount(address,bytes32)");

  /** No program has this id. */
  public static final SolidityError UNKNOWN_PROGRAM = new SolidityError("UnknownProgram(uint256)");

  /** The caller is neither the program's brand, a DEFAULT_ADMIN_ROLE holder nor the governor. */
  public static final SolidityError NOT_PROGRAM_ADMIN =
      new SolidityError("NotProgramAdmin(uint256,address)");

  /**
   * Exchange rates are set by the governor or a DEFAULT_ADMIN_ROLE holder only (by the governor
   * alone on a governor-exclusive chain).
   */
  public static final SolidityError NOT_GOVERNANCE = new SolidityError("NotGovernance(address)");

  /** A program parameter is out of range; the reason says which and what is allowed. */
  public static final SolidityError INVALID_PROGRAM_CONFIG =
      new SolidityError("InvalidProgramConfig(string)");

  /** All 4096 program ids are taken. */
  public static final SolidityError PROGRAM_LIMIT_REACHED =
      new SolidityError("ProgramLimitReached(uint256)");

  /** Only SHOP_ROLE holders can be authorised for a program. */
  public static final SolidityError SHOP_ROLE_MISSING =
      new SolidityError("ShopRoleMissing(address)");

  /** A rate needs two different existing programs and a non-zero denominator. */
  public static final SolidityError INVALID_EXCHANGE_RATE =
      new SolidityError("InvalidExchangeRate(uint256,uint256,uint256,uint256)");

  // Token: OpenZeppelin v5 ERC-20, ERC-2612 and ECDSA

  public static final SolidityError ERC20_INSUFFICIENT_BALANCE =
      new SolidityError("ERC20InsufficientBalance(address,uint256,uint256)");
  public static final SolidityError ERC20_INVALID_SENDER =
      new SolidityError("ERC20InvalidSender(address)");
  public static final SolidityError ERC20_INVALID_RECEIVER =
      new SolidityError("ERC20InvalidReceiver(address)");
  public static final SolidityError ERC20_INSUFFICIENT_ALLOWANCE =
      new SolidityError("ERC20InsufficientAllowance(address,uint256,uint256)");
  public static final SolidityError ERC20_INVALID_APPROVER =
      new SolidityError("ERC20InvalidApprover(address)");
  public static final SolidityError ERC20_INVALID_SPENDER =
      new SolidityError("ERC20InvalidSpender(address)");
  public static final SolidityError ERC2612_EXPIRED_SIGNATURE =
      new SolidityError("ERC2612ExpiredSignature(uint256)");
  public static final SolidityError ERC2612_INVALID_SIGNER =
      new SolidityError("ERC2612InvalidSigner(address,address)");
  public static final SolidityError ECDSA_INVALID_SIGNATURE =
      DelegationSignatures.ECDSA_INVALID_SIGNATURE;
  public static final SolidityError ECDSA_INVALID_SIGNATURE_S =
      DelegationSignatures.ECDSA_INVALID_SIGNATURE_S;

  // Token: Coterie

  /** An address in 0x…2000..0x…2fff whose program does not exist. */
  public static final SolidityError PROGRAM_NOT_FOUND =
      new SolidityError("ProgramNotFound(address)");

  /** The program's points cannot be transferred. */
  public static final SolidityError TRANSFERS_DISABLED =
      new SolidityError("TransfersDisabled(uint256)");

  /**
   * The caller is not a SHOP_ROLE holder authorised for the program (nor, for rewards, its brand).
   */
  public static final SolidityError SHOP_NOT_AUTHORISED =
      new SolidityError("ShopNotAuthorised(uint256,address)");

  /** An award or redemption reference was already used in this program. */
  public static final SolidityError REF_ALREADY_USED = new SolidityError("RefAlreadyUsed(bytes32)");

  /** (shop, day, awarded so far that day, amount asked, cap). */
  public static final SolidityError DAILY_CAP_EXCEEDED =
      new SolidityError("DailyCapExceeded(address,uint256,uint256,uint256,uint256)");

  /** (member, balance, amount, maxBalance). */
  public static final SolidityError MAX_BALANCE_EXCEEDED =
      new SolidityError("MaxBalanceExceeded(address,uint256,uint256,uint256)");

  /** Awards, redemptions and exchanges need a positive amount. */
  public static final SolidityError ZERO_AMOUNT = new SolidityError("ZeroAmount()");

  /** Kinds are 0 referral, 1 review, 2 share, 3 content. */
  public static final SolidityError UNKNOWN_BEHAVIOUR =
      new SolidityError("UnknownBehaviour(uint8)");

  /** The brand set no reward (0) for this kind. */
  public static final SolidityError BEHAVIOUR_NOT_REWARDED =
      new SolidityError("BehaviourNotRewarded(uint8)");

  /** This behaviour id was already rewarded. */
  public static final SolidityError BEHAVIOUR_ALREADY_REWARDED =
      new SolidityError("BehaviourAlreadyRewarded(uint8,bytes32)");

  /** (member, merchant, purpose): the member does not hold that consent now. */
  public static final SolidityError CONSENT_NOT_GRANTED = ConsentErrors.CONSENT_NOT_GRANTED;

  /** The program's brand set no consent reward (0). */
  public static final SolidityError CONSENT_REWARD_NOT_SET =
      new SolidityError("ConsentRewardNotSet(uint256)");

  /** Governance set no rate from this program to that one. */
  public static final SolidityError EXCHANGE_RATE_UNSET =
      new SolidityError("ExchangeRateUnset(uint256,uint256)");

  /** The amount converts to zero points at the rate (amount, received). */
  public static final SolidityError EXCHANGE_AMOUNT_TOO_SMALL =
      new SolidityError("ExchangeAmountTooSmall(uint256,uint256)");

  // Votes and ownership

  /** Registry: votes need points that never expire; (programId, validitySeconds). */
  public static final SolidityError VOTES_NEED_NON_EXPIRING_POINTS =
      new SolidityError("VotesNeedNonExpiringPoints(uint256,uint64)");

  /** Registry: the program already keeps vote checkpoints (enabling is once and for good). */
  public static final SolidityError VOTES_ALREADY_ENABLED =
      new SolidityError("VotesAlreadyEnabled(uint256)");

  /** The program keeps no votes; its owner calls enableVotes(programId) on 0x…1001 first. */
  public static final SolidityError VOTES_NOT_ENABLED =
      new SolidityError("VotesNotEnabled(uint256)");

  /** OZ ERC20Votes: a mint would lift the supply over uint208 (increasedSupply, cap). */
  public static final SolidityError ERC20_EXCEEDED_SAFE_SUPPLY =
      new SolidityError("ERC20ExceededSafeSupply(uint256,uint256)");

  /** OZ Votes: {@code timepoint} is not before the current block {@code clock}. */
  public static final SolidityError ERC5805_FUTURE_LOOKUP =
      new SolidityError("ERC5805FutureLookup(uint256,uint48)");

  /** OZ Votes: a delegateBySig signature past its expiry. */
  public static final SolidityError VOTES_EXPIRED_SIGNATURE =
      DelegationSignatures.VOTES_EXPIRED_SIGNATURE;

  /** OZ Nonces: the signed nonce is not the signer's current one (nonces(signer)). */
  public static final SolidityError INVALID_ACCOUNT_NONCE =
      DelegationSignatures.INVALID_ACCOUNT_NONCE;

  /** OZ Ownable: only the owner starts a transfer, only the pending owner accepts it. */
  public static final SolidityError OWNABLE_UNAUTHORIZED_ACCOUNT =
      Ownable2Step.OWNABLE_UNAUTHORIZED_ACCOUNT;

  /** Solidity's panic code for arithmetic overflow. */
  public static final int PANIC_OVERFLOW = 0x11;
}
