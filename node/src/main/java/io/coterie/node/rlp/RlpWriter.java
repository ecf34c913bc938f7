package io.coterie.node.rlp;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Builds one RLP item. Lists are opened with {@link #startList()} and closed with {@link
 * #endList()}; their length prefix is written when they close.
 *
 * <p>Everything goes into one growable array. An open list reserves one byte for its prefix; a list
 * whose body turns out to be 56 bytes or longer moves its body right by the few bytes its longer
 * prefix needs. This writer encodes every block, receipt and trie node, so it avoids a stream per
 * list (and {@code ByteArrayOutputStream}'s lock on every byte).
 */
public final class RlpWriter {
  private byte[] buffer = new byte[64];
  private int size;
  private int[] openLists = new int[8];
  private int depth;

  public RlpWriter writeBytes(byte[] value) {
    if (value.length == 1 && (value[0] & 0xff) < 0x80) {
      ensure(1);
      buffer[size++] = value[0];
    } else {
      writeLength(value.length, 0x80);
      writeRaw(value);
    }
    return this;
  }

  /** Writes an unsigned integer in its minimal big-endian form (zero is the empty string). */
  public RlpWriter writeLong(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    if (value < 0x80) {
      ensure(1);
      buffer[size++] = (byte) (value == 0 ? 0x80 : value);
      return this;
    }
    int length = byteLength(value);
    ensure(1 + length);
    buffer[size++] = (byte) (0x80 + length);
    putBigEndian(value, length, size);
    size += length;
    return this;
  }

  public RlpWriter writeBigInteger(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    if (value.bitLength() < Long.SIZE) {
      return writeLong(value.longValue());
    }
    return writeBytes(unsignedBytes(value));
  }

  /** Writes bytes that are already an RLP item (for example a stored encoding). */
  public RlpWriter writeRaw(byte[] encodedItem) {
    ensure(encodedItem.length);
    System.arraycopy(encodedItem, 0, buffer, size, encodedItem.length);
    size += encodedItem.length;
    return this;
  }

  public RlpWriter startList() {
    if (depth == openLists.length) {
      openLists = Arrays.copyOf(openLists, depth * 2);
    }
    ensure(1);
    openLists[depth++] = size++;
    return this;
  }

  public RlpWriter endList() {
    if (depth == 0) {
      throw new IllegalStateException("endList without startList");
    }
    int prefixAt = openLists[--depth];
    int bodyStart = prefixAt + 1;
    int bodyLength = size - bodyStart;
    if (bodyLength < 56) {
      buffer[prefixAt] = (byte) (0xc0 + bodyLength);
      return this;
    }
    int lengthBytes = byteLength(bodyLength);
    ensure(lengthBytes);
    System.arraycopy(buffer, bodyStart, buffer, bodyStart + lengthBytes, bodyLength);
    buffer[prefixAt] = (byte) (0xc0 + 55 + lengthBytes);
    putBigEndian(bodyLength, lengthBytes, bodyStart);
    size += lengthBytes;
    return this;
  }

  public byte[] toByteArray() {
    if (depth != 0) {
      throw new IllegalStateException(depth + " list(s) still open");
    }
    return Arrays.copyOf(buffer, size);
  }

  public static byte[] encodeBytes(byte[] value) {
    return new RlpWriter().writeBytes(value).toByteArray();
  }

  public static byte[] minimalBytes(long value) {
    int size = byteLength(value);
    byte[] bytes = new byte[size];
    for (int i = size - 1; i >= 0; i--) {
      bytes[i] = (byte) value;
      value >>>= 8;
    }
    return bytes;
  }

  public static byte[] unsignedBytes(BigInteger value) {
    if (value.signum() == 0) {
      return new byte[0];
    }
    byte[] bytes = value.toByteArray();
    if (bytes[0] == 0) {
      return Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return bytes;
  }

  private static int byteLength(long value) {
    return (Long.SIZE - Long.numberOfLeadingZeros(value) + 7) / 8;
  }

  private void writeLength(int length, int offset) {
    if (length < 56) {
      ensure(1);
      buffer[size++] = (byte) (offset + length);
    } else {
      int lengthBytes = byteLength(length);
      ensure(1 + lengthBytes);
      buffer[size++] = (byte) (offset + 55 + lengthBytes);
      putBigEndian(length, lengthBytes, size);
      size += lengthBytes;
    }
  }

  /** Writes the low {@code length} bytes of {@code value} at {@code at}, most significant first. */
  private void putBigEndian(long value, int length, int at) {
    for (int i = length - 1; i >= 0; i--) {
      buffer[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }
}
