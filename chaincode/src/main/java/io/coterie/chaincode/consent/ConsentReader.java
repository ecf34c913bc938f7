package io.coterie.chaincode.consent;

import io.coterie.chaincode.abi.AbiValues;
import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;
import java.util.Optional;

/**
 * Unmetered reads of consents, for other precompiles and the node. Registered in the {@link
 * io.coterie.chaincode.spi.ServiceRegistry} by {@link ConsentModule}. Stateless and thread-safe.
 *
 * <p>How a loyalty program rewards a consent, without either package depending on the other: the
 * program's reward path (a behaviour reward awarded by a shop, or the program itself) checks {@link
 * #hasConsent} for (member, merchant, purpose) at the current block time and uses {@link
 * #rewardRef} as the award's idempotent reference. The reference does not depend on the grant's
 * version, so withdrawing and granting again never earns a second reward. Off-chain, a shop may
 * instead follow {@code ConsentGranted} logs and award with the same reference.
 */
public final class ConsentReader {
  private static final Word REWARD_DOMAIN = Word.keccak("coterie.consent.reward");

  /** Whether the consent is in force at {@code nowSeconds} (the block's timestamp). */
  public boolean hasConsent(
      WorldStorage storage,
      ChainAddress member,
      ChainAddress merchant,
      Word purpose,
      long nowSeconds) {
    return state(storage).isActive(member, merchant, purpose, nowSeconds);
  }

  /** The consent record, if {@code member} ever granted it (withdrawn or expired ones included). */
  public Optional<ConsentRecord> consentOf(
      WorldStorage storage, ChainAddress member, ChainAddress merchant, Word purpose) {
    ConsentRecord record = state(storage).load(member, merchant, purpose);
    return record.version() == 0 ? Optional.empty() : Optional.of(record);
  }

  /**
   * The idempotent reference for rewarding this consent: {@code keccak256(abi.encode(
   * keccak256("coterie.consent.reward"), member, merchant, purpose))}.
   */
  public static Word rewardRef(ChainAddress member, ChainAddress merchant, Word purpose) {
    return Word.keccak(
        AbiValues.encode(
            AbiValues.bytes32(REWARD_DOMAIN),
            AbiValues.address(member),
            AbiValues.address(merchant),
            AbiValues.bytes32(purpose)));
  }

  private static ConsentState state(WorldStorage storage) {
    return new ConsentState(AccountSlots.readOnly(storage, ConsentPrecompile.ADDRESS));
  }
}
