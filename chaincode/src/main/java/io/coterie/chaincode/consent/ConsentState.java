package io.coterie.chaincode.consent;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/** Reads and writes consent records at {@link ConsentLayout} slots. */
final class ConsentState {
  private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final AccountSlots slots;

  ConsentState(AccountSlots slots) {
    this.slots = slots;
  }

  /** The record, all zero with version 0 when never granted. */
  ConsentRecord load(ChainAddress member, ChainAddress merchant, Word purpose) {
    Word base = ConsentLayout.consent(member, merchant, purpose);
    long version = slots.load(base.plus(3)).toBigInteger().longValueExact();
    if (version == 0) {
      return new ConsentRecord(member, merchant, purpose, Word.ZERO, 0, 0, false, 0, "", 0);
    }
    BigInteger times = slots.load(base.plus(1)).toBigInteger();
    return new ConsentRecord(
        member,
        merchant,
        purpose,
        slots.load(base),
        times.and(U64).longValueExact(),
        times.shiftRight(64).and(U64).longValueExact(),
        times.testBit(192),
        times.shiftRight(128).and(U64).longValueExact(),
        StringStorage.read(slots, base.plus(2)),
        version);
  }

  /** Only the fields {@code hasConsent} needs: two reads instead of the whole record. */
  boolean isActive(ChainAddress member, ChainAddress merchant, Word purpose, long now) {
    Word base = ConsentLayout.consent(member, merchant, purpose);
    BigInteger times = slots.load(base.plus(1)).toBigInteger();
    if (times.signum() == 0) {
      return false;
    }
    long validFrom = times.and(U64).longValueExact();
    long validUntil = times.shiftRight(64).and(U64).longValueExact();
    return !times.testBit(192) && now >= validFrom && (validUntil == 0 || now < validUntil);
  }

  /** Writes a (re)grant; returns the stored record. */
  ConsentRecord grant(
      ChainAddress member,
      ChainAddress merchant,
      Word purpose,
      Word processing,
      long validFrom,
      long validUntil,
      String noticeUri) {
    Word base = ConsentLayout.consent(member, merchant, purpose);
    long version = slots.load(base.plus(3)).toBigInteger().longValueExact() + 1;
    slots.store(base, processing);
    slots.store(base.plus(1), Word.of(times(validFrom, validUntil, false, 0)));
    StringStorage.write(slots, base.plus(2), noticeUri);
    slots.store(base.plus(3), Word.of(version));
    return new ConsentRecord(
        member, merchant, purpose, processing, validFrom, validUntil, false, 0, noticeUri, version);
  }

  /** Marks {@code record} withdrawn at {@code now}. */
  void withdraw(ConsentRecord record, long now) {
    Word base = ConsentLayout.consent(record.member(), record.merchant(), record.purpose());
    slots.store(base.plus(1), Word.of(times(record.validFrom(), record.validUntil(), true, now)));
  }

  // The granted flag keeps the word non-zero even for a grant at timestamp 0 with no expiry.
  private static BigInteger times(long validFrom, long validUntil, boolean withdrawn, long at) {
    BigInteger packed =
        BigInteger.valueOf(validFrom)
            .or(BigInteger.valueOf(validUntil).shiftLeft(64))
            .or(BigInteger.valueOf(at).shiftLeft(128));
    packed = packed.setBit(200);
    return withdrawn ? packed.setBit(192) : packed;
  }
}
