package io.coterie.node.state;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Bytes;
import java.util.Arrays;

/**
 * Storage values: 32-byte words in memory; in the storage trie, RLP of the word with leading zero
 * bytes stripped, as Ethereum stores them. A zero word is not stored at all.
 */
public final class StorageWords {
  static final Bytes ZERO = Bytes.of(new byte[32]);

  private StorageWords() {}

  static Bytes require32(Bytes word) {
    if (word.size() != 32) {
      throw new IllegalArgumentException("a storage word is 32 bytes, got " + word.size());
    }
    return word;
  }

  /** The trie value for {@code word}; empty (meaning delete) for the zero word. */
  static byte[] encode(Bytes word) {
    byte[] bytes = word.toArray();
    int start = 0;
    while (start < bytes.length && bytes[start] == 0) {
      start++;
    }
    if (start == bytes.length) {
      return new byte[0];
    }
    return RlpWriter.encodeBytes(Arrays.copyOfRange(bytes, start, bytes.length));
  }

  public static Bytes decode(byte[] stored) {
    RlpReader reader = new RlpReader(stored);
    byte[] value = reader.readBytes();
    reader.requireEnd("storage value");
    if (value.length > 32) {
      throw new IllegalStateException("stored storage value has " + value.length + " bytes");
    }
    byte[] word = new byte[32];
    System.arraycopy(value, 0, word, 32 - value.length, value.length);
    return Bytes.of(word);
  }
}
