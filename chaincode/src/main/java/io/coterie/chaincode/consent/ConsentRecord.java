package io.coterie.chaincode.consent;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.util.Objects;

/**
 * A consent record, with fields after ISO/IEC TS 27560: the data subject ({@code member}), the
 * controller ({@code merchant}), the purpose and processing (each a {@code bytes32}, typically
 * keccak256 of a code from the brand's published purpose list), the validity period, the
 * withdrawal, and the notice shown to the member. {@code version} counts grants (1 for the first).
 */
public record ConsentRecord(
    ChainAddress member,
    ChainAddress merchant,
    Word purpose,
    Word processing,
    long validFrom,
    long validUntil,
    boolean withdrawn,
    long withdrawnAt,
    String noticeUri,
    long version) {

  public ConsentRecord {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(noticeUri, "noticeUri");
  }

  /** Whether the consent is in force at {@code nowSeconds}: granted, not withdrawn, not expired. */
  public boolean isActiveAt(long nowSeconds) {
    return version > 0
        && !withdrawn
        && nowSeconds >= validFrom
        && (validUntil == 0 || nowSeconds < validUntil);
  }
}
