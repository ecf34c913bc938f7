package io.coterie.chaincode.consent;

import static io.coterie.chaincode.abi.AbiValues.address;
import static io.coterie.chaincode.abi.AbiValues.bytes32;

import io.coterie.chaincode.spi.CallContext;
import io.coterie.chaincode.spi.CallResult;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.GasSchedule;
import io.coterie.chaincode.spi.Word;
import java.util.Optional;

/**
 * The check a chaincode path runs before it uses a member's data for a merchant: the member must
 * hold a consent for exactly that purpose, granted to exactly that merchant (the data user), in
 * force at the block's time (granted, not withdrawn, not expired). Otherwise the path reverts with
 * {@code ConsentNotGranted(member, merchant, purpose)}, which tells the merchant to ask the member
 * to grant it on the Consent precompile. One storage read of the Consent account, charged as one.
 * Published by {@link ConsentModule}; stateless and thread-safe.
 */
public final class ConsentGate {
  private final ConsentReader consents;

  public ConsentGate(ConsentReader consents) {
    this.consents = consents;
  }

  /** Empty when the consent is in force; otherwise the revert the calling path returns. */
  public Optional<CallResult> require(
      CallContext ctx, ChainAddress member, ChainAddress merchant, Word purpose) {
    ctx.gas().charge(GasSchedule.STORAGE_READ);
    if (consents.hasConsent(
        ctx.storage(), member, merchant, purpose, ctx.block().timestampSeconds())) {
      return Optional.empty();
    }
    return Optional.of(
        ConsentErrors.CONSENT_NOT_GRANTED.revert(
            address(member), address(merchant), bytes32(purpose)));
  }
}
