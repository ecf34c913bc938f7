package io.coterie.chaincode.share;

import static io.coterie.chaincode.share.ProfitSharingLayout.roundField;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.Optional;

/** Rounds, listed weights and claims at {@link ProfitSharingLayout} slots. */
final class RoundStore {
  private static final BigInteger U64_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final AccountSlots slots;

  RoundStore(AccountSlots slots) {
    this.slots = slots;
  }

  BigInteger count() {
    return slots.load(ProfitSharingLayout.ROUND_COUNT).toBigInteger();
  }

  /** Round {@code id}, if it was opened (ids start at 1). */
  Optional<Round> load(BigInteger id) {
    if (id.signum() <= 0 || id.compareTo(count()) > 0) {
      return Optional.empty();
    }
    BigInteger terms = field(id, ProfitSharingLayout.PACKED_TERMS);
    return Optional.of(
        new Round(
            id,
            slots.load(roundField(id, ProfitSharingLayout.FUNDER)).toAddress(),
            field(id, ProfitSharingLayout.PROGRAM_ID).longValueExact(),
            field(id, ProfitSharingLayout.AMOUNT),
            WeightSource.fromCode(terms.intValue() & 0xff).orElseThrow(),
            field(id, ProfitSharingLayout.SOURCE_ID).longValueExact(),
            terms.shiftRight(8).and(U64_MASK).longValueExact(),
            terms.shiftRight(72).and(U64_MASK).longValueExact(),
            field(id, ProfitSharingLayout.TOTAL_WEIGHT),
            field(id, ProfitSharingLayout.CLAIMED_TOTAL),
            terms.testBit(136)));
  }

  /** Stores {@code terms} (whatever their id and claims) as a new round under the next id. */
  Round open(Round terms) {
    BigInteger id = count().add(BigInteger.ONE);
    slots.store(ProfitSharingLayout.ROUND_COUNT, Word.of(id));
    slots.store(roundField(id, ProfitSharingLayout.FUNDER), Word.of(terms.funder()));
    slots.store(roundField(id, ProfitSharingLayout.PROGRAM_ID), Word.of(terms.programId()));
    slots.store(roundField(id, ProfitSharingLayout.AMOUNT), Word.of(terms.amount()));
    slots.store(roundField(id, ProfitSharingLayout.SOURCE_ID), Word.of(terms.sourceId()));
    slots.store(
        roundField(id, ProfitSharingLayout.PACKED_TERMS),
        Word.of(packTerms(terms.source(), terms.snapshotBlock(), terms.expiryBlock(), false)));
    slots.store(roundField(id, ProfitSharingLayout.TOTAL_WEIGHT), Word.of(terms.totalWeight()));
    return terms.withId(id);
  }

  BigInteger listedWeight(BigInteger id, ChainAddress member) {
    return slots.load(ProfitSharingLayout.listedWeight(id, member)).toBigInteger();
  }

  void putListedWeight(BigInteger id, ChainAddress member, BigInteger weight) {
    slots.store(ProfitSharingLayout.listedWeight(id, member), Word.of(weight));
  }

  /** What {@code member} claimed from round {@code id}; 0 = not claimed (a claim is never 0). */
  BigInteger claimed(BigInteger id, ChainAddress member) {
    return slots.load(ProfitSharingLayout.claimed(id, member)).toBigInteger();
  }

  void recordClaim(Round round, ChainAddress member, BigInteger share) {
    slots.store(ProfitSharingLayout.claimed(round.id(), member), Word.of(share));
    slots.store(
        roundField(round.id(), ProfitSharingLayout.CLAIMED_TOTAL),
        Word.of(round.claimedTotal().add(share)));
  }

  void markReclaimed(Round round) {
    slots.store(
        roundField(round.id(), ProfitSharingLayout.PACKED_TERMS),
        Word.of(packTerms(round.source(), round.snapshotBlock(), round.expiryBlock(), true)));
  }

  private BigInteger field(BigInteger id, int offset) {
    return slots.load(roundField(id, offset)).toBigInteger();
  }

  private static BigInteger packTerms(
      WeightSource source, long snapshotBlock, long expiryBlock, boolean reclaimed) {
    BigInteger packed =
        BigInteger.valueOf(source.code())
            .or(BigInteger.valueOf(snapshotBlock).shiftLeft(8))
            .or(BigInteger.valueOf(expiryBlock).shiftLeft(72));
    return reclaimed ? packed.setBit(136) : packed;
  }
}
