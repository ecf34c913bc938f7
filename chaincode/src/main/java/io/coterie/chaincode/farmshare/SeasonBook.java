package io.coterie.chaincode.farmshare;

import static io.coterie.chaincode.farmshare.FarmShareLayout.field;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seasons as {@link FarmShareLayout} stores them, over metered slots (inside a call) or read-only
 * ones (node-side readers). Field reads are separate so a call pays only for what it uses.
 */
final class SeasonBook {
  private final AccountSlots slots;

  SeasonBook(AccountSlots slots) {
    this.slots = slots;
  }

  /** The season's farm, or empty when no such season exists. */
  Optional<ChainAddress> farm(BigInteger seasonId) {
    Word farm = slots.load(field(seasonId, FarmShareLayout.FARM));
    return farm.isZero() ? Optional.empty() : Optional.of(farm.toAddress());
  }

  void create(BigInteger seasonId, SeasonTerms terms) {
    store(seasonId, FarmShareLayout.FARM, Word.of(terms.farm()));
    store(seasonId, FarmShareLayout.SHARES, Word.of(terms.shares()));
    store(seasonId, FarmShareLayout.PROGRAM, Word.of(terms.programId()));
    store(seasonId, FarmShareLayout.PRICE, Word.of(terms.pricePerShare()));
    store(seasonId, FarmShareLayout.START, Word.of(terms.seasonStart()));
    StringStorage.writeNew(slots, field(seasonId, FarmShareLayout.NAME), terms.name());
    List<Long> planned = terms.plannedAt();
    store(seasonId, FarmShareLayout.PLANNED, Word.of(planned.size()));
    for (int i = 0; i < planned.size(); i++) {
      slots.store(FarmShareLayout.plannedAt(seasonId, i), Word.of(planned.get(i)));
    }
  }

  BigInteger shares(BigInteger seasonId) {
    return load(seasonId, FarmShareLayout.SHARES).toBigInteger();
  }

  BigInteger sold(BigInteger seasonId) {
    return load(seasonId, FarmShareLayout.SOLD).toBigInteger();
  }

  long programId(BigInteger seasonId) {
    return load(seasonId, FarmShareLayout.PROGRAM).toBigInteger().longValueExact();
  }

  BigInteger pricePerShare(BigInteger seasonId) {
    return load(seasonId, FarmShareLayout.PRICE).toBigInteger();
  }

  long seasonStart(BigInteger seasonId) {
    return load(seasonId, FarmShareLayout.START).toBigInteger().longValueExact();
  }

  String name(BigInteger seasonId) {
    return StringStorage.read(slots, field(seasonId, FarmShareLayout.NAME));
  }

  long deliveryCount(BigInteger seasonId) {
    return load(seasonId, FarmShareLayout.PLANNED).toBigInteger().longValueExact();
  }

  long plannedAt(BigInteger seasonId, long index) {
    return slots.load(FarmShareLayout.plannedAt(seasonId, index)).toBigInteger().longValueExact();
  }

  /** The planned dates of all deliveries. */
  List<Long> schedule(BigInteger seasonId) {
    long count = deliveryCount(seasonId);
    List<Long> out = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      out.add(plannedAt(seasonId, i));
    }
    return out;
  }

  /** The lot bound to delivery {@code index}, {@link Word#ZERO} while not delivered. */
  Word lot(BigInteger seasonId, long index) {
    return slots.load(FarmShareLayout.lot(seasonId, index));
  }

  long deliveredAt(BigInteger seasonId, long index) {
    return slots.load(FarmShareLayout.deliveredAt(seasonId, index)).toBigInteger().longValueExact();
  }

  void recordDelivery(BigInteger seasonId, long index, Word lotId, long now) {
    slots.store(FarmShareLayout.lot(seasonId, index), lotId);
    slots.store(FarmShareLayout.deliveredAt(seasonId, index), Word.of(now));
  }

  BigInteger sharesOf(BigInteger seasonId, ChainAddress member) {
    return slots.load(FarmShareLayout.memberShares(seasonId, member)).toBigInteger();
  }

  /** Adds {@code delta} (negative for a refund) to the member's shares and to the sold count. */
  void changeShares(BigInteger seasonId, ChainAddress member, BigInteger delta) {
    slots.store(
        FarmShareLayout.memberShares(seasonId, member),
        Word.of(sharesOf(seasonId, member).add(delta)));
    store(seasonId, FarmShareLayout.SOLD, Word.of(sold(seasonId).add(delta)));
  }

  private Word load(BigInteger seasonId, int field) {
    return slots.load(field(seasonId, field));
  }

  private void store(BigInteger seasonId, int field, Word value) {
    slots.store(field(seasonId, field), value);
  }
}
