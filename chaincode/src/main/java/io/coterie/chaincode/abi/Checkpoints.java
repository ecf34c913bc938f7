package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * OZ {@code Checkpoints.Trace208} in storage: a dynamic array at {@code arraySlot} of {@code
 * (uint48 key, uint208 value)} with keys increasing; each element packed in one slot as Solidity
 * packs the struct ({@code value << 48 | key}). Keys are block numbers wherever Coterie uses it
 * (vote checkpoints, the governor's quorum history).
 */
public final class Checkpoints {
  /** Largest value a checkpoint holds ({@code type(uint208).max}). */
  public static final BigInteger MAX_VALUE = BigInteger.ONE.shiftLeft(208).subtract(BigInteger.ONE);

  private static final BigInteger KEY_MASK = BigInteger.ONE.shiftLeft(48).subtract(BigInteger.ONE);

  private final AccountSlots slots;
  private final Word arraySlot;

  public Checkpoints(AccountSlots slots, Word arraySlot) {
    this.slots = slots;
    this.arraySlot = arraySlot;
  }

  /** A checkpoint: from block {@code key} on, the value is {@code value}. */
  public record Checkpoint(long key, BigInteger value) {}

  public long length() {
    return slots.load(arraySlot).toBigInteger().longValueExact();
  }

  /** The value of the last checkpoint, or 0 when there is none (OZ {@code latest}). */
  public BigInteger latest() {
    long length = length();
    return length == 0 ? BigInteger.ZERO : at(length - 1).value();
  }

  /**
   * OZ {@code upperLookupRecent}: the value of the last checkpoint with key {@code <= key}, or 0.
   */
  public BigInteger upperLookup(long key) {
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
  public void push(long key, BigInteger value) {
    if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
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

  /** Checkpoint {@code index} ({@code 0 <= index < length()}). */
  public Checkpoint at(long index) {
    BigInteger packed = slots.load(element(index)).toBigInteger();
    return new Checkpoint(packed.and(KEY_MASK).longValueExact(), packed.shiftRight(48));
  }

  private Word element(long index) {
    return StorageSlots.arrayElement(arraySlot, index);
  }

  private static Word pack(long key, BigInteger value) {
    return Word.of(value.shiftLeft(48).or(BigInteger.valueOf(key)));
  }
}
