package io.coterie.chaincode.consent;

import io.coterie.chaincode.abi.SolidityError;

/** Errors of the Consent precompile beyond {@link io.coterie.chaincode.abi.StandardErrors}. */
public final class ConsentErrors {
  private ConsentErrors() {}

  /** OZ AccessControl: the caller lacks {@code MEMBER_ROLE}, which granting needs. */
  public static final SolidityError UNAUTHORIZED_ACCOUNT =
      new SolidityError("AccessControlUnauthorizedAccount(address,bytes32)");

  /** The merchant holds neither {@code SHOP_ROLE} nor {@code BRAND_ROLE}. */
  public static final SolidityError NOT_A_MERCHANT = new SolidityError("NotAMerchant(address)");

  /** The purpose is {@code bytes32(0)}. */
  public static final SolidityError INVALID_PURPOSE = new SolidityError("InvalidPurpose()");

  /** {@code validUntil} is not after the block's timestamp (and is not 0 for "no expiry"). */
  public static final SolidityError INVALID_VALIDITY =
      new SolidityError("InvalidValidity(uint64,uint64)");

  /**
   * (member, merchant, purpose): a path that uses the member's data for the merchant found no
   * consent for that purpose in force; see {@link ConsentGate}. Not reverted by the Consent
   * precompile itself but by the precompiles that read consents.
   */
  public static final SolidityError CONSENT_NOT_GRANTED =
      new SolidityError("ConsentNotGranted(address,address,bytes32)");

  /** There is no consent in force to revoke (never granted, already withdrawn or expired). */
  public static final SolidityError NO_ACTIVE_CONSENT =
      new SolidityError("NoActiveConsent(address,address,bytes32)");
}
