package io.coterie.chaincode.loyalty;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;
import static io.coterie.chaincode.abi.AbiValues.encode;
import static io.coterie.chaincode.abi.AbiValues.uint256;

import io.coterie.chaincode.abi.CalldataReader;
import io.coterie.chaincode.consent.ConsentGate;
import io.coterie.chaincode.consent.ConsentReader;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/**
 * {@code rewardConsent(member, purpose)}: an authorised shop rewards a member for a consent the
 * member currently grants that shop, with the program's consent reward, once per (member, shop,
 * purpose) ever. The award reference is {@link ConsentReader#rewardRef}, which ignores the grant's
 * version, so withdrawing and granting again never earns a second reward; it lives among the award
 * refs, so a shop cannot also {@code award} with it.
 */
final class ConsentRewards {
  private final ConsentGate consents;

  ConsentRewards(ConsentGate consents) {
    this.consents = consents;
  }

  CallResult rewardConsent(TokenCall call, CalldataReader args) {
    ChainAddress member = args.address(0);
    Word purpose = args.bytes32(1);
    ChainAddress merchant = call.sender();
    if (!PointsFunctions.isAuthorisedShop(call, merchant)) {
      return LoyaltyErrors.SHOP_NOT_AUTHORISED.revert(uint256(call.id), address(merchant));
    }
    BigInteger amount = call.programs.consentReward(call.id);
    if (amount.signum() == 0) {
      return LoyaltyErrors.CONSENT_REWARD_NOT_SET.revert(uint256(call.id));
    }
    Optional<CallResult> noConsent = consents.require(call.ctx, member, merchant, purpose);
    if (noConsent.isPresent()) {
      return noConsent.get();
    }
    Word ref = ConsentReader.rewardRef(member, merchant, purpose);
    if (!call.useOnce(TokenLayout.awardRef(ref))) {
      return LoyaltyErrors.REF_ALREADY_USED.revert(bytes32(ref));
    }
    Optional<CallResult> problem = PointsFunctions.creditByShop(call, merchant, member, amount);
    if (problem.isPresent()) {
      return problem.get();
    }
    call.emit(
        LoyaltyEvents.CONSENT_REWARDED.topics(Word.of(member), Word.of(merchant), purpose),
        encode(uint256(amount)));
    return CallResult.success();
  }
}
