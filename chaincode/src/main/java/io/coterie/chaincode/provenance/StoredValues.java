package io.coterie.chaincode.provenance;

import io.coterie.chaincode.abi.StorageSlots;
import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Solidity's storage encoding of {@code string} and of dynamic arrays of one-word elements.
 *
 * <p>A string of at most 31 bytes lives in its slot, left-aligned, with {@code length * 2} in the
 * lowest byte; a longer one stores {@code length * 2 + 1} in its slot and its bytes from {@code
 * keccak256(slot)} on, 32 per slot.
 */
final class StoredValues {
  private StoredValues() {}

  static String loadString(Slots slots, Word slot) {
    byte[] head = slots.load(slot).bytes();
    int flag = head[31] & 0xff;
    if ((flag & 1) == 0) {
      return new String(head, 0, flag / 2, StandardCharsets.UTF_8);
    }
    int length = new BigInteger(1, head).subtract(BigInteger.ONE).shiftRight(1).intValueExact();
    byte[] out = new byte[length];
    Word data = Word.keccak(slot.bytes());
    for (int offset = 0, i = 0; offset < length; offset += 32, i++) {
      byte[] chunk = slots.load(data.plus(i)).bytes();
      System.arraycopy(chunk, 0, out, offset, Math.min(32, length - offset));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** Writes {@code value} into a slot that holds the empty string. */
  static void storeNewString(Slots slots, Word slot, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 31) {
      byte[] head = Arrays.copyOf(bytes, 32);
      head[31] = (byte) (bytes.length * 2);
      slots.store(slot, Word.wrap(head));
      return;
    }
    slots.store(slot, Word.of(2L * bytes.length + 1));
    Word data = Word.keccak(slot.bytes());
    for (int offset = 0, i = 0; offset < bytes.length; offset += 32, i++) {
      slots.store(data.plus(i), Word.wrap(Arrays.copyOfRange(bytes, offset, offset + 32)));
    }
  }

  static long length(Slots slots, Word arraySlot) {
    return slots.load(arraySlot).toBigInteger().longValueExact();
  }

  static List<Word> loadArray(Slots slots, Word arraySlot) {
    long length = length(slots, arraySlot);
    List<Word> out = new ArrayList<>();
    for (long i = 0; i < length; i++) {
      out.add(slots.load(StorageSlots.arrayElement(arraySlot, i)));
    }
    return out;
  }

  static void push(Slots slots, Word arraySlot, Word value) {
    long length = length(slots, arraySlot);
    slots.store(StorageSlots.arrayElement(arraySlot, length), value);
    slots.store(arraySlot, Word.of(length + 1));
  }

  static void storeNewArray(Slots slots, Word arraySlot, List<Word> values) {
    for (int i = 0; i < values.size(); i++) {
      slots.store(StorageSlots.arrayElement(arraySlot, i), values.get(i));
    }
    slots.store(arraySlot, Word.of(values.size()));
  }
}
