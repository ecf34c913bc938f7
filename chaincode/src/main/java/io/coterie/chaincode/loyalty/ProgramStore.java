package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.DelegatedVotes;
import io.coterie.chaincode.abi.Ownable2Step;
import io.coterie.chaincode.abi.StringStorage;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes programs, shop authorisations and exchange rates at {@link RegistryLayout}. */
final class ProgramStore {
  private static final BigInteger MASK_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final int VOTES_BIT = 80;

  private final AccountSlots slots;

  ProgramStore(AccountSlots slots) {
    this.slots = slots;
  }

  long count() {
    return slots.load(RegistryLayout.PROGRAM_COUNT).toBigInteger().longValueExact();
  }

  boolean exists(long id) {
    return id >= 0 && id < LoyaltyAddresses.MAX_PROGRAMS && !brandWord(id).isZero();
  }

  ChainAddress brand(long id) {
    return brandWord(id).toAddress();
  }

  /** Appends {@code p} (its id must be {@link #count()}). */
  void create(Program p) {
    long id = p.id();
    slots.store(RegistryLayout.PROGRAM_COUNT, Word.of(id + 1));
    slots.store(RegistryLayout.brand(id), Word.of(p.brand()));
    StringStorage.writeNew(slots, RegistryLayout.name(id), p.name());
    StringStorage.writeNew(slots, RegistryLayout.symbol(id), p.symbol());
    BigInteger packed =
        BigInteger.valueOf(p.decimals())
            .or(BigInteger.valueOf(p.transferable() ? 1 : 0).shiftLeft(8))
            .or(BigInteger.valueOf(p.validitySeconds()).shiftLeft(16));
    slots.store(RegistryLayout.packedFlags(id), Word.of(packed));
    setCaps(id, p.shopDailyCap(), p.maxBalance());
    setTierThresholds(id, p.tierThresholds());
    setBehaviourRewards(id, p.behaviourRewards());
  }

  Program load(long id) {
    return new Program(
        id,
        brand(id),
        name(id),
        symbol(id),
        decimals(id),
        transferable(id),
        validity(id),
        shopDailyCap(id),
        maxBalance(id),
        tierThresholds(id),
        behaviourRewards(id));
  }

  String name(long id) {
    return StringStorage.read(slots, RegistryLayout.name(id));
  }

  String symbol(long id) {
    return StringStorage.read(slots, RegistryLayout.symbol(id));
  }

  int decimals(long id) {
    return packed(id).and(BigInteger.valueOf(0xff)).intValue();
  }

  boolean transferable(long id) {
    return packed(id).testBit(8);
  }

  long validity(long id) {
    return packed(id).shiftRight(16).and(MASK_64).longValue();
  }

  /** Whether the program keeps ERC-5805 vote checkpoints (set once, never cleared). */
  boolean votesEnabled(long id) {
    return packed(id).testBit(VOTES_BIT);
  }

  void enableVotes(long id) {
    slots.store(RegistryLayout.packedFlags(id), Word.of(packed(id).setBit(VOTES_BIT)));
  }

  /** The owner ({@link #brand}) and its two-step transfer, events from the program's token. */
  Ownable2Step ownership(long id, DelegatedVotes.Events events) {
    return new Ownable2Step(
        slots, RegistryLayout.brand(id), RegistryLayout.pendingOwner(id), events);
  }

  void setTransferable(long id, boolean transferable) {
    BigInteger packed = packed(id);
    slots.store(
        RegistryLayout.packedFlags(id),
        Word.of(transferable ? packed.setBit(8) : packed.clearBit(8)));
  }

  BigInteger shopDailyCap(long id) {
    return slots.load(RegistryLayout.shopDailyCap(id)).toBigInteger();
  }

  BigInteger maxBalance(long id) {
    return slots.load(RegistryLayout.maxBalance(id)).toBigInteger();
  }

  void setCaps(long id, BigInteger shopDailyCap, BigInteger maxBalance) {
    slots.store(RegistryLayout.shopDailyCap(id), Word.of(shopDailyCap));
    slots.store(RegistryLayout.maxBalance(id), Word.of(maxBalance));
  }

  List<BigInteger> tierThresholds(long id) {
    int count = slots.load(RegistryLayout.tierCount(id)).toBigInteger().intValueExact();
    List<BigInteger> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(slots.load(RegistryLayout.tierThreshold(id, i)).toBigInteger());
    }
    return out;
  }

  void setTierThresholds(long id, List<BigInteger> thresholds) {
    int previous = slots.load(RegistryLayout.tierCount(id)).toBigInteger().intValueExact();
    for (int i = 0; i < Math.max(previous, thresholds.size()); i++) {
      Word value = i < thresholds.size() ? Word.of(thresholds.get(i)) : Word.ZERO;
      slots.store(RegistryLayout.tierThreshold(id, i), value);
    }
    slots.store(RegistryLayout.tierCount(id), Word.of(thresholds.size()));
  }

  BigInteger behaviourReward(long id, Behaviour kind) {
    return slots.load(RegistryLayout.behaviourReward(id, kind.ordinal())).toBigInteger();
  }

  List<BigInteger> behaviourRewards(long id) {
    List<BigInteger> out = new ArrayList<>();
    for (Behaviour kind : Behaviour.values()) {
      out.add(behaviourReward(id, kind));
    }
    return out;
  }

  void setBehaviourRewards(long id, List<BigInteger> amounts) {
    for (Behaviour kind : Behaviour.values()) {
      slots.store(
          RegistryLayout.behaviourReward(id, kind.ordinal()), Word.of(amounts.get(kind.ordinal())));
    }
  }

  BigInteger consentReward(long id) {
    return slots.load(RegistryLayout.consentReward(id)).toBigInteger();
  }

  void setConsentReward(long id, BigInteger amount) {
    slots.store(RegistryLayout.consentReward(id), Word.of(amount));
  }

  boolean isAuthorised(long id, ChainAddress shop) {
    return !slots.load(RegistryLayout.authorised(id, shop)).isZero();
  }

  void setAuthorised(long id, ChainAddress shop, boolean authorised) {
    slots.store(RegistryLayout.authorised(id, shop), Word.of(authorised));
  }

  ExchangeRate rate(long from, long to) {
    return new ExchangeRate(
        slots.load(RegistryLayout.rateNumerator(from, to)).toBigInteger(),
        slots.load(RegistryLayout.rateDenominator(from, to)).toBigInteger());
  }

  void setRate(long from, long to, ExchangeRate rate) {
    slots.store(RegistryLayout.rateNumerator(from, to), Word.of(rate.numerator()));
    slots.store(RegistryLayout.rateDenominator(from, to), Word.of(rate.denominator()));
  }

  private Word brandWord(long id) {
    return slots.load(RegistryLayout.brand(id));
  }

  private BigInteger packed(long id) {
    return slots.load(RegistryLayout.packedFlags(id)).toBigInteger();
  }
}
