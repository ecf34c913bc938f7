package io.coterie.chaincode.loyalty;

import io.coterie.chaincode.spi.Word;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Solidity's storage encoding of a {@code string} at slot {@code p}: up to 31 bytes live in {@code
 * p} itself, left-aligned, with {@code length * 2} in the lowest byte; longer strings put {@code
 * length * 2 + 1} in {@code p} and the bytes in 32-byte chunks from {@code keccak256(p)}.
 */
final class StorageStrings {
  private StorageStrings() {}

  static void store(Slots slots, Word slot, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < Word.SIZE) {
      byte[] word = new byte[Word.SIZE];
      System.arraycopy(bytes, 0, word, 0, bytes.length);
      word[Word.SIZE - 1] = (byte) (bytes.length * 2);
      slots.store(slot, Word.wrap(word));
      return;
    }
    slots.store(slot, Word.of(2L * bytes.length + 1));
    Word data = Word.keccak(slot.bytes());
    for (int i = 0; i * Word.SIZE < bytes.length; i++) {
      byte[] chunk = new byte[Word.SIZE];
      int from = i * Word.SIZE;
      System.arraycopy(bytes, from, chunk, 0, Math.min(Word.SIZE, bytes.length - from));
      slots.store(data.plus(i), Word.wrap(chunk));
    }
  }

  static String load(Slots slots, Word slot) {
    byte[] head = slots.load(slot).bytes();
    if ((head[Word.SIZE - 1] & 1) == 0) {
      int length = (head[Word.SIZE - 1] & 0xff) / 2;
      return new String(Arrays.copyOf(head, length), StandardCharsets.UTF_8);
    }
    int length = new BigInteger(1, head).subtract(BigInteger.ONE).shiftRight(1).intValueExact();
    byte[] bytes = new byte[length];
    Word data = Word.keccak(slot.bytes());
    for (int i = 0; i * Word.SIZE < length; i++) {
      int from = i * Word.SIZE;
      byte[] chunk = slots.load(data.plus(i)).bytes();
      System.arraycopy(chunk, 0, bytes, from, Math.min(Word.SIZE, length - from));
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
