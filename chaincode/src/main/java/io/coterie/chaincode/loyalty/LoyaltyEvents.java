package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.abi.SolidityEvent;

/** Events of the registry and of the program tokens (the indexed arguments are noted). */
public final class LoyaltyEvents {
  private LoyaltyEvents() {}

  // Registry

  /** (id indexed, brand indexed, token indexed, name, symbol). */
  public static final SolidityEvent PROGRAM_CREATED =
      new SolidityEvent("ProgramCreated(uint256,address,address,string,string)");

  /** (id indexed, shopDailyCap, maxBalance). */
  public static final SolidityEvent CAPS_CHANGED =
      new SolidityEvent("CapsChanged(uint256,uint256,uint256)");

  /** (id indexed, transferable). */
  public static final SolidityEvent TRANSFERABLE_CHANGED =
      new SolidityEvent("TransferableChanged(uint256,bool)");

  /** (id indexed, thresholds). */
  public static final SolidityEvent TIER_THRESHOLDS_CHANGED =
      new SolidityEvent("TierThresholdsChanged(uint256,uint256[])");

  /** (id indexed, amounts). */
  public static final SolidityEvent BEHAVIOUR_REWARDS_CHANGED =
      new SolidityEvent("BehaviourRewardsChanged(uint256,uint256[4])");

  /** (id indexed, amount). */
  public static final SolidityEvent CONSENT_REWARD_SET =
      new SolidityEvent("ConsentRewardSet(uint256,uint256)");

  /** (id indexed, shop indexed, sender indexed). */
  public static final SolidityEvent SHOP_AUTHORISED =
      new SolidityEvent("ShopAuthorised(uint256,address,address)");

  /** (id indexed, shop indexed, sender indexed). */
  public static final SolidityEvent SHOP_DEAUTHORISED =
      new SolidityEvent("ShopDeauthorised(uint256,address,address)");

  /** (fromProgram indexed, toProgram indexed, numerator, denominator). */
  public static final SolidityEvent EXCHANGE_RATE_SET =
      new SolidityEvent("ExchangeRateSet(uint256,uint256,uint256,uint256)");

  /** (id indexed, supply when enabled): the program keeps vote checkpoints from this block. */
  public static final SolidityEvent VOTES_ENABLED =
      new SolidityEvent("VotesEnabled(uint256,uint256)");

  // Token

  /** ERC-5805 (delegator indexed, fromDelegate indexed, toDelegate indexed). */
  public static final SolidityEvent DELEGATE_CHANGED = DelegatedVotes.DELEGATE_CHANGED;

  /** ERC-5805 (delegate indexed, previousVotes, newVotes). */
  public static final SolidityEvent DELEGATE_VOTES_CHANGED = DelegatedVotes.DELEGATE_VOTES_CHANGED;

  /** Ownable2Step (previousOwner indexed, newOwner indexed), emitted by the program's token. */
  public static final SolidityEvent OWNERSHIP_TRANSFER_STARTED =
      Ownable2Step.OWNERSHIP_TRANSFER_STARTED;

  /** Ownable2Step (previousOwner indexed, newOwner indexed), emitted by the program's token. */
  public static final SolidityEvent OWNERSHIP_TRANSFERRED = Ownable2Step.OWNERSHIP_TRANSFERRED;

  /** ERC-20 (from indexed, to indexed, value). */
  public static final SolidityEvent TRANSFER =
      new SolidityEvent("Transfer(address,address,uint256)");

  /** ERC-20 (owner indexed, spender indexed, value). */
  public static final SolidityEvent APPROVAL =
      new SolidityEvent("Approval(address,address,uint256)");

  /** (shop indexed, member indexed, ref indexed, amount). */
  public static final SolidityEvent AWARDED =
      new SolidityEvent("Awarded(address,address,bytes32,uint256)");

  /** (member indexed, amount, ref indexed). */
  public static final SolidityEvent REDEEMED =
      new SolidityEvent("Redeemed(address,uint256,bytes32)");

  /** (member indexed, kind indexed, id indexed, amount). */
  public static final SolidityEvent BEHAVIOUR_REWARDED =
      new SolidityEvent("BehaviourRewarded(address,uint8,bytes32,uint256)");

  /** (member indexed, merchant indexed, purpose indexed, amount). */
  public static final SolidityEvent CONSENT_REWARDED =
      new SolidityEvent("ConsentRewarded(address,address,bytes32,uint256)");

  /** (member indexed, toProgram indexed, amount burnt here, amount minted there). */
  public static final SolidityEvent EXCHANGED =
      new SolidityEvent("Exchanged(address,uint256,uint256,uint256)");

  /** (member indexed, amount): expired points removed from the member's stored balance. */
  public static final SolidityEvent POINTS_EXPIRED =
      new SolidityEvent("PointsExpired(address,uint256)");
}
