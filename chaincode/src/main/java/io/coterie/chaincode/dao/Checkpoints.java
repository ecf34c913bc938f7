package io.coterie.chaincode.dao;

import io.coterie.chaincode.abi.AccountSlots;
import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * OZ {@code Checkpoints.Trace208} in storage: a dynamic array at {@code arraySlot} of {@code
 * (uint48 key, uint208 value)} with keys increasing; each element packed in one slot as Solidity
 * packs the struct ({@code value << 48 | key}). Keys are block numbers.
 */
final class Checkpoints {
  private static final BigInteger KEY_MASK = BigInteger.ONE.shiftLeft(48).subtract(BigInteger.ONE);
  private static final int VALUE_BITS = 208;

  private final AccountSlots slots;
  private final Word arraySlot;

  Checkpoints(AccountSlots slots, Word arraySlot) {
    this.slots = slots;
    this.arraySlot = arraySlot;
  }

  long length() {
    return slots.load(arraySlot).toBigInteger().longValueExact();
  }

  /**
   * OZ {@code upperLookupRecent}: the value of the last checkpoint with key {@code <= key}, or 0.
   */
  BigInteger upperLookup(long key) {
    long length = length();
    if (length == 0) {
      return BigInteger.ZERO;
    }
    Checkpoint latest = at(length - 1);
    if (latest.key() <= key) {
      return latest.value();
    }
    long low = 0;
    long high = length - 1;
    while (low < high) {
      long mid = (low + high) >>> 1;
      if (at(mid).key() > key) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return high == 0 ? BigInteger.ZERO : at(high - 1).value();
  }

  /** OZ {@code push}: appends, or replaces the last value when {@code key} equals its key. */
  void push(long key, BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > VALUE_BITS) {
      throw new IllegalArgumentException("checkpoint value must fit a uint208: " + value);
    }
    long length = length();
    if (length > 0) {
      Checkpoint last = at(length - 1);
      if (last.key() > key) {
        throw new IllegalStateException(
            "checkpoint keys must not decrease: last %d, new %d".formatted(last.key(), key));
      }
      if (last.key() == key) {
        slots.store(element(length - 1), pack(key, value));
        return;
      }
    }
    slots.store(element(length), pack(key, value));
    slots.store(arraySlot, Word.of(length + 1));
  }

  private Checkpoint at(long index) {
    BigInteger packed = slots.load(element(index)).toBigInteger();
    return new Checkpoint(packed.and(KEY_MASK).longValueExact(), packed.shiftRight(48));
  }

  private Word element(long index) {
    return StorageSlots.arrayElement(arraySlot, index);
  }

  private static Word pack(long key, BigInteger value) {
    return Word.of(value.shiftLeft(48).or(BigInteger.valueOf(key)));
  }

  private record Checkpoint(long key, BigInteger value) {}
}
