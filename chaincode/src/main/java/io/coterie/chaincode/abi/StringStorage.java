package io.coterie.chaincode.abi;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Solidity's storage encoding of {@code string}/{@code bytes} at slot {@code p}: up to 31 bytes
 * live in {@code p} itself (data left-aligned, lowest byte = {@code 2 * length}); longer values put
 * {@code 2 * length + 1} in {@code p} and the data in 32-byte chunks from {@code keccak256(p)}.
 */
public final class StringStorage {
  private StringStorage() {}

  /** The UTF-8 string stored at {@code slot}. */
  public static String read(AccountSlots slots, Word slot) {
    return new String(readBytes(slots, slot), StandardCharsets.UTF_8);
  }

  /** The bytes stored at {@code slot}. */
  public static byte[] readBytes(AccountSlots slots, Word slot) {
    byte[] head = slots.load(slot).bytes();
    if ((head[Word.SIZE - 1] & 1) == 0) {
      int length = (head[Word.SIZE - 1] & 0xff) / 2;
      return Arrays.copyOf(head, length);
    }
    int length = lengthOf(Word.wrap(head));
    byte[] out = new byte[length];
    Word data = Word.keccak(slot.bytes());
    for (int chunk = 0; chunk * Word.SIZE < length; chunk++) {
      byte[] word = slots.load(data.plus(chunk)).bytes();
      int from = chunk * Word.SIZE;
      System.arraycopy(word, 0, out, from, Math.min(Word.SIZE, length - from));
    }
    return out;
  }

  /** Stores {@code value} at {@code slot}, clearing chunks a previous longer value left behind. */
  public static void write(AccountSlots slots, Word slot, String value) {
    writeBytes(slots, slot, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Stores {@code value} at {@code slot}. */
  public static void writeBytes(AccountSlots slots, Word slot, byte[] value) {
    Word head = slots.load(slot);
    int oldChunks = head.bytes()[Word.SIZE - 1] % 2 == 0 ? 0 : chunks(lengthOf(head));
    int newChunks = writeNew(slots, slot, value);
    Word data = Word.keccak(slot.bytes());
    for (int chunk = newChunks; chunk < oldChunks; chunk++) {
      slots.store(data.plus(chunk), Word.ZERO);
    }
  }

  /**
   * Stores {@code value} at a {@code slot} known to hold no long value (a new record's field):
   * unlike {@link #write}, it neither reads the slot nor clears old chunks, so costs no load.
   */
  public static void writeNew(AccountSlots slots, Word slot, String value) {
    writeNew(slots, slot, value.getBytes(StandardCharsets.UTF_8));
  }

  private static int writeNew(AccountSlots slots, Word slot, byte[] value) {
    if (value.length < Word.SIZE) {
      byte[] inline = Arrays.copyOf(value, Word.SIZE);
      inline[Word.SIZE - 1] = (byte) (2 * value.length);
      slots.store(slot, Word.wrap(inline));
      return 0;
    }
    int newChunks = chunks(value.length);
    Word data = Word.keccak(slot.bytes());
    slots.store(slot, Word.of(2L * value.length + 1));
    for (int chunk = 0; chunk < newChunks; chunk++) {
      int from = chunk * Word.SIZE;
      byte[] word = Arrays.copyOfRange(value, from, from + Word.SIZE);
      slots.store(data.plus(chunk), Word.wrap(word));
    }
    return newChunks;
  }

  private static int lengthOf(Word head) {
    BigInteger length = head.toBigInteger().subtract(BigInteger.ONE).shiftRight(1);
    if (length.bitLength() > 24) {
      throw new IllegalStateException("stored string length " + length + " is implausible");
    }
    return length.intValueExact();
  }

  private static int chunks(int length) {
    return (length + Word.SIZE - 1) / Word.SIZE;
  }
}
