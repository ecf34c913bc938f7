package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.ChainAddress;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;

/**
 * Solidity's storage layout rules, so a precompile's slots match what the equivalent contract would
 * use and {@code eth_getStorageAt} reads make sense:
 *
 * <ul>
 *   <li>{@code mapping(K => V) m} at slot {@code p}: {@code m[k]} lives at {@code
 *       keccak256(pad32(k) . p)}; for {@code string}/{@code bytes} keys, {@code keccak256(k . p)}
 *       with {@code k} unpadded.
 *   <li>Nested mappings apply the rule again with the inner slot as {@code p}.
 *   <li>Dynamic array {@code T[] a} at slot {@code p}: length at {@code p}, element {@code i} at
 *       {@code keccak256(p) + i * slotsPerElement}.
 *   <li>Struct fields follow the struct's base slot consecutively ({@link Word#plus}).
 * </ul>
 */
public final class StorageSlots {
  private static final MappingSlotCache CACHE = new MappingSlotCache(65_536);

  private StorageSlots() {}

  /** Slot of {@code m[key]} for a value-type key already left-padded to a word. */
  public static Word mapping(Word mappingSlot, Word key) {
    return CACHE.slot(mappingSlot, key, () -> hashedMapping(mappingSlot, key));
  }

  private static Word hashedMapping(Word mappingSlot, Word key) {
    byte[] buf = new byte[2 * Word.SIZE];
    System.arraycopy(key.bytes(), 0, buf, 0, Word.SIZE);
    System.arraycopy(mappingSlot.bytes(), 0, buf, Word.SIZE, Word.SIZE);
    return Word.keccak(buf);
  }

  /** Slot of {@code m[key]} for an {@code address} key. */
  public static Word mapping(Word mappingSlot, ChainAddress key) {
    return mapping(mappingSlot, Word.of(key));
  }

  /** Slot of {@code m[key]} for a {@code uint256} key. */
  public static Word mapping(Word mappingSlot, BigInteger key) {
    return mapping(mappingSlot, Word.of(key));
  }

  /** Slot of {@code m[key]} for a {@code string} or {@code bytes} key (raw bytes, not padded). */
  public static Word mappingBytesKey(Word mappingSlot, byte[] key) {
    byte[] buf = new byte[key.length + Word.SIZE];
    System.arraycopy(key, 0, buf, 0, key.length);
    System.arraycopy(mappingSlot.bytes(), 0, buf, key.length, Word.SIZE);
    return Word.keccak(buf);
  }

  /** Slot of {@code m[k0][k1]...} for word keys. */
  public static Word nestedMapping(Word mappingSlot, Word... keys) {
    Word slot = mappingSlot;
    for (Word key : keys) {
      slot = mapping(slot, key);
    }
    return slot;
  }

  /** Slot of element {@code index} of the dynamic array whose length is at {@code arraySlot}. */
  public static Word arrayElement(Word arraySlot, BigInteger index, long slotsPerElement) {
    if (index.signum() < 0 || slotsPerElement <= 0) {
      throw new IllegalArgumentException(
          "array index must be >= 0 and element size > 0, got %s and %d"
              .formatted(index, slotsPerElement));
    }
    return Word.keccak(arraySlot.bytes()).plus(index.multiply(BigInteger.valueOf(slotsPerElement)));
  }

  /** Slot of element {@code index} of a dynamic array of one-slot elements. */
  public static Word arrayElement(Word arraySlot, long index) {
    return arrayElement(arraySlot, BigInteger.valueOf(index), 1);
  }
}
