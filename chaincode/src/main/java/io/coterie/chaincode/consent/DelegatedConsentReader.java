package io.coterie.chaincode.consent;

import io.coterie.chaincode.did.DelegateTypes;
import io.coterie.chaincode.did.DidRegistryReader;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import io.coterie.chaincode.spi.WorldStorage;

/**
 * A consent granted to a DID (an identity address of the registry at {@code 0x…1007}) honoured for
 * the identity's delegates: {@code user} may use {@code member}'s data for {@code purpose} when the
 * member's consent to {@code identity} is in force and {@code user} is the identity itself or a
 * valid {@code "veriKey"} delegate of it, both at the block's time. A member who grants a consent
 * to their own DID thus decides with ethr-did who uses the data (a brand's shop added as delegate
 * passes, and fails again from the block its delegation ends); a consent to a brand's DID covers
 * the shops the brand lists as its delegates. Stateless and thread-safe; at most two storage reads.
 */
public final class DelegatedConsentReader {
  /** The delegate type a consent to a DID honours: ethr-did's default, a signing key. */
  public static final Word DELEGATE_TYPE = DelegateTypes.VERI_KEY;

  /** The storage reads {@link #hasConsent} makes at most, for callers that charge for them. */
  public static final int STORAGE_READS = 2;

  private final ConsentReader consents;
  private final DidRegistryReader identities;

  public DelegatedConsentReader(ConsentReader consents, DidRegistryReader identities) {
    this.consents = consents;
    this.identities = identities;
  }

  /** Whether {@code user} may use the data under the member's consent to {@code identity}. */
  public boolean hasConsent(
      WorldStorage storage,
      ChainAddress member,
      ChainAddress identity,
      ChainAddress user,
      Word purpose,
      long nowSeconds) {
    return consents.hasConsent(storage, member, identity, purpose, nowSeconds)
        && (user.equals(identity)
            || identities.validDelegate(storage, identity, DELEGATE_TYPE, user, nowSeconds));
  }
}
