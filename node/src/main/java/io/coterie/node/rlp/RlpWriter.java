package io.coterie.node.rlp;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds one RLP item. Lists are opened with {@link #startList()} and closed with {@link
 * #endList()}; their length prefix is written when they close.
 */
public final class RlpWriter {
  private final Deque<ByteArrayOutputStream> open = new ArrayDeque<>();
  private ByteArrayOutputStream out = new ByteArrayOutputStream();

  public RlpWriter writeBytes(byte[] value) {
    if (value.length == 1 && (value[0] & 0xff) < 0x80) {
      out.write(value[0]);
    } else {
      writeLength(value.length, 0x80);
      out.writeBytes(value);
    }
    return this;
  }

  /** Writes an unsigned integer in its minimal big-endian form (zero is the empty string). */
  public RlpWriter writeLong(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    return writeBytes(minimalBytes(value));
  }

  public RlpWriter writeBigInteger(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + value);
    }
    return writeBytes(unsignedBytes(value));
  }

  /** Writes bytes that are already an RLP item (for example a stored encoding). */
  public RlpWriter writeRaw(byte[] encodedItem) {
    out.writeBytes(encodedItem);
    return this;
  }

  public RlpWriter startList() {
    open.push(out);
    out = new ByteArrayOutputStream();
    return this;
  }

  public RlpWriter endList() {
    if (open.isEmpty()) {
      throw new IllegalStateException("endList without startList");
    }
    byte[] body = out.toByteArray();
    out = open.pop();
    writeLength(body.length, 0xc0);
    out.writeBytes(body);
    return this;
  }

  public byte[] toByteArray() {
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " list(s) still open");
    }
    return out.toByteArray();
  }

  public static byte[] encodeBytes(byte[] value) {
    return new RlpWriter().writeBytes(value).toByteArray();
  }

  public static byte[] minimalBytes(long value) {
    int size = (Long.SIZE - Long.numberOfLeadingZeros(value) + 7) / 8;
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
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return bytes;
  }

  private void writeLength(int length, int offset) {
    if (length < 56) {
      out.write(offset + length);
    } else {
      byte[] lengthBytes = minimalBytes(length);
      out.write(offset + 55 + lengthBytes.length);
      out.writeBytes(lengthBytes);
    }
  }
}
