package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A singly linked list of amounts keyed by expiry time, ascending, in storage: a header word (head
 * expiry in the low 64 bits, tail expiry in the next 64) and one node per key (amount at the node's
 * slot, next key at slot + 1; key 0 ends the list). Used for a member's lots and for a program's
 * expiry schedule. A key is in the list when it is reachable from the head, whatever its amount.
 */
final class ExpiryList {
  private static final BigInteger MASK_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final AccountSlots slots;
  private final Word header;
  private final LongFunction<Word> node;
  private long head;
  private long tail;

  ExpiryList(AccountSlots slots, Word header, LongFunction<Word> node) {
    this.slots = slots;
    this.header = header;
    this.node = node;
    BigInteger packed = slots.load(header).toBigInteger();
    this.head = packed.and(MASK_64).longValue();
    this.tail = packed.shiftRight(64).and(MASK_64).longValue();
  }

  BigInteger amount(long key) {
    return slots.load(node.apply(key)).toBigInteger();
  }

  /** Sum of the amounts of keys {@code <= now} (the expired part), reading only those nodes. */
  BigInteger expiredSum(long now) {
    BigInteger sum = BigInteger.ZERO;
    for (long key = head; key != 0 && key <= now; key = next(key)) {
      sum = sum.add(amount(key));
    }
    return sum;
  }

  /** Every node from the head, expired ones included. */
  List<Lot> all() {
    List<Lot> out = new ArrayList<>();
    for (long key = head; key != 0; key = next(key)) {
      out.add(new Lot(key, amount(key)));
    }
    return out;
  }

  /** Unlinks and clears the nodes with keys {@code <= now}; returns the sum of their amounts. */
  BigInteger popExpired(long now) {
    BigInteger sum = BigInteger.ZERO;
    long key = head;
    while (key != 0 && key <= now) {
      long next = next(key);
      sum = sum.add(amount(key));
      clear(key);
      key = next;
    }
    if (key != head) {
      head = key;
      tail = key == 0 ? 0 : tail;
      writeHeader();
    }
    return sum;
  }

  /** Adds {@code lots} (ascending by expiry), merging equal keys, in one pass over the list. */
  void addAll(List<Lot> lots) {
    long prev = 0;
    long cur = head;
    for (Lot lot : lots) {
      long key = lot.expiresAt();
      if (tail != 0 && key > tail) {
        setNext(tail, key);
        setAmount(key, lot.amount());
        tail = key;
        prev = key;
        cur = 0;
        continue;
      }
      while (cur != 0 && cur < key) {
        prev = cur;
        cur = next(cur);
      }
      if (cur == key) {
        setAmount(key, amount(key).add(lot.amount()));
        continue;
      }
      setAmount(key, lot.amount());
      setNext(key, cur);
      if (prev == 0) {
        head = key;
      } else {
        setNext(prev, key);
      }
      if (cur == 0) {
        tail = key;
      }
      prev = key;
    }
    writeHeader();
  }

  /**
   * Takes {@code amount} from the oldest nodes first, unlinking the ones it empties; the caller has
   * checked that the list holds enough. Returns what it took from each key, ascending.
   */
  List<Lot> takeOldest(BigInteger amount) {
    List<Lot> taken = new ArrayList<>();
    BigInteger left = amount;
    long key = head;
    while (left.signum() > 0) {
      if (key == 0) {
        throw new IllegalStateException("lot list holds less than " + amount + "; check first");
      }
      BigInteger held = amount(key);
      if (held.compareTo(left) > 0) {
        setAmount(key, held.subtract(left));
        taken.add(new Lot(key, left));
        left = BigInteger.ZERO;
      } else {
        long next = next(key);
        if (held.signum() > 0) {
          taken.add(new Lot(key, held));
        }
        left = left.subtract(held);
        clear(key);
        key = next;
      }
    }
    if (key != head) {
      head = key;
      tail = key == 0 ? 0 : tail;
      writeHeader();
    }
    return taken;
  }

  /** Lowers the amount at {@code key}, which must be in the list and hold at least that much. */
  void subtract(long key, BigInteger amount) {
    setAmount(key, amount(key).subtract(amount));
  }

  private long next(long key) {
    return slots.load(node.apply(key).plus(1)).toBigInteger().longValue();
  }

  private void setNext(long key, long next) {
    slots.store(node.apply(key).plus(1), Word.of(next));
  }

  private void setAmount(long key, BigInteger amount) {
    slots.store(node.apply(key), Word.of(amount));
  }

  private void clear(long key) {
    slots.store(node.apply(key), Word.ZERO);
    slots.store(node.apply(key).plus(1), Word.ZERO);
  }

  private void writeHeader() {
    slots.store(
        header, Word.of(BigInteger.valueOf(head).or(BigInteger.valueOf(tail).shiftLeft(64))));
  }
}
