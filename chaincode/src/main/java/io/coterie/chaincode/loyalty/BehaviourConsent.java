package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.consent.ConsentGate;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import java.util.Optional;

/**
 * Whether a behaviour reward may use the member's data for the merchant that rewards it. Loyalty
 * version 1 checks nothing; version 2 requires the member's consent, to that merchant (the shop or
 * brand calling {@code rewardBehaviour}), for the behaviour's {@link Behaviour#consentPurpose()},
 * in force at the block's time.
 */
@FunctionalInterface
interface BehaviourConsent {
  /** Empty when the reward may go ahead; otherwise the revert to return. */
  Optional<CallResult> check(
      TokenCall call, ChainAddress member, ChainAddress merchant, Behaviour kind);

  /** Version 1: no consent is read. */
  BehaviourConsent NOT_CHECKED = (call, member, merchant, kind) -> Optional.empty();

  /** Version 2: the member's live consent for the behaviour's purpose. */
  static BehaviourConsent required(ConsentGate gate) {
    return (call, member, merchant, kind) ->
        gate.require(call.ctx, member, merchant, kind.consentPurpose());
  }
}
