package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.List;

/**
 * A program's points with expiry, at {@link TokenLayout} slots of its token account.
 *
 * <p>Points are kept in lots keyed by expiry time. Points earned at {@code t} under validity {@code
 * v > 0} expire at {@code t + v} rounded up to a multiple of {@code g = min(v, 1 day)}, so awards
 * merge into one lot per {@code g}: a member holds at most {@code v / g + 2} live lots, and points
 * never expire before {@code t + v} (at most {@code g - 1} seconds later). With {@code v = 0} every
 * point goes into the single lot {@link #NEVER}. A point is expired when {@code now >= expiresAt}.
 *
 * <p>Each member has a list of lots, ascending by expiry; spending (transfer, redeem, exchange)
 * takes from the oldest live lot first, and a transfer moves lots with their expiry, so passing
 * points on never extends their life. The program has an expiry schedule: for each expiry key, the
 * sum of all members' lots with that key. The stored supply is the sum of the schedule and a
 * member's stored balance is the sum of their lots. Views subtract the expired head of each list,
 * so {@code balanceOf} never includes expired points and {@code totalSupply} equals the sum of
 * balances at every instant. Writes first {@link #settle} (drop expired schedule entries from the
 * supply) and {@link #purge} the members involved (drop their expired lots), so every write works
 * on live points only; an expired lot is always settled before it is purged, so expired points
 * leave the supply exactly once.
 */
final class PointLedger {
  /** Expiry key of points that never expire. */
  static final long NEVER = Long.MAX_VALUE;

  static final long DAY = 86_400;

  private final AccountSlots slots;
  private final long now;

  PointLedger(AccountSlots slots, long now) {
    this.slots = slots;
    this.now = now;
  }

  /** The expiry key of points earned at {@code earnedAt} in a program with {@code validity}. */
  static long expiryOf(long earnedAt, long validity) {
    if (validity == 0) {
      return NEVER;
    }
    long granularity = Math.min(validity, DAY);
    long due = earnedAt + validity;
    return Math.floorDiv(due + granularity - 1, granularity) * granularity;
  }

  BigInteger totalSupply() {
    return storedSupply().subtract(schedule().expiredSum(now));
  }

  BigInteger balanceOf(ChainAddress member) {
    return storedBalance(member).subtract(lots(member).expiredSum(now));
  }

  /** The member's live lots, oldest first. */
  List<Lot> liveLots(ChainAddress member) {
    return lots(member).all().stream().filter(l -> l.expiresAt() > now).toList();
  }

  /** Removes expired schedule entries from the stored supply. */
  void settle() {
    BigInteger expired = schedule().popExpired(now);
    if (expired.signum() > 0) {
      setStoredSupply(storedSupply().subtract(expired));
    }
  }

  /** Removes the member's expired lots (after {@link #settle}); returns how many points expired. */
  BigInteger purge(ChainAddress member) {
    BigInteger expired = lots(member).popExpired(now);
    if (expired.signum() > 0) {
      setStoredBalance(member, storedBalance(member).subtract(expired));
    }
    return expired;
  }

  /** Creates {@code amount} points for {@code member} expiring at {@code expiresAt}. */
  void mint(ChainAddress member, BigInteger amount, long expiresAt) {
    List<Lot> lot = List.of(new Lot(expiresAt, amount));
    schedule().addAll(lot);
    setStoredSupply(storedSupply().add(amount));
    lots(member).addAll(lot);
    setStoredBalance(member, storedBalance(member).add(amount));
  }

  /** Destroys {@code amount} of the member's oldest points; the caller checked the balance. */
  void burn(ChainAddress member, BigInteger amount) {
    List<Lot> taken = take(member, amount);
    ExpiryList schedule = schedule();
    taken.forEach(lot -> schedule.subtract(lot.expiresAt(), lot.amount()));
    setStoredSupply(storedSupply().subtract(amount));
  }

  /** Moves {@code amount} of {@code from}'s oldest points, with their expiry, to {@code to}. */
  void move(ChainAddress from, ChainAddress to, BigInteger amount) {
    if (from.equals(to) || amount.signum() == 0) {
      return;
    }
    List<Lot> taken = take(from, amount);
    lots(to).addAll(taken);
    setStoredBalance(to, storedBalance(to).add(amount));
  }

  /** The supply before expired entries are settled, for overflow checks. */
  BigInteger storedSupply() {
    return slots.load(TokenLayout.SUPPLY).toBigInteger();
  }

  private List<Lot> take(ChainAddress member, BigInteger amount) {
    List<Lot> taken = lots(member).takeOldest(amount);
    setStoredBalance(member, storedBalance(member).subtract(amount));
    return taken;
  }

  private ExpiryList schedule() {
    return new ExpiryList(slots, TokenLayout.SCHEDULE_LIST, TokenLayout::scheduleEntry);
  }

  private ExpiryList lots(ChainAddress member) {
    return new ExpiryList(slots, TokenLayout.lotList(member), e -> TokenLayout.lot(member, e));
  }

  private BigInteger storedBalance(ChainAddress member) {
    return slots.load(TokenLayout.balance(member)).toBigInteger();
  }

  private void setStoredBalance(ChainAddress member, BigInteger value) {
    slots.store(TokenLayout.balance(member), Word.of(value));
  }

  private void setStoredSupply(BigInteger value) {
    slots.store(TokenLayout.SUPPLY, Word.of(value));
  }
}
