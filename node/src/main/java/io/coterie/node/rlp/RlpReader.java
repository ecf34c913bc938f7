package io.coterie.node.rlp;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads RLP strictly: non-canonical lengths, single bytes wrapped in a string header, integers with
 * leading zeros, items that overrun their container and trailing bytes are all refused with an
 * {@link RlpException}. A list is read by {@link #enterList()}, which returns a reader over the
 * list's body.
 */
public final class RlpReader {
  private final byte[] data;
  private final int end;
  private int position;

  public RlpReader(byte[] data) {
    this(data, 0, data.length);
  }

  private RlpReader(byte[] data, int start, int end) {
    this.data = data;
    this.position = start;
    this.end = end;
  }

  public boolean hasNext() {
    return position < end;
  }

  public boolean nextIsList() {
    requireMore();
    return (data[position] & 0xff) >= 0xc0;
  }

  public byte[] readBytes() {
    Item item = header();
    if (item.list) {
      throw new RlpException(
          "expected a string at offset " + item.headerStart + " but found a list");
    }
    byte[] value = Arrays.copyOfRange(data, item.bodyStart, item.bodyStart + item.length);
    position = item.bodyStart + item.length;
    return value;
  }

  /** Reads exactly {@code size} bytes, refusing any other length. */
  public byte[] readBytes(int size, String what) {
    byte[] value = readBytes();
    if (value.length != size) {
      throw new RlpException(what + " must be " + size + " bytes, got " + value.length);
    }
    return value;
  }

  public long readLong() {
    byte[] bytes = readBytes();
    if (bytes.length > 8 || (bytes.length == 8 && bytes[0] < 0)) {
      throw new RlpException("integer of " + bytes.length + " bytes does not fit in 63 bits");
    }
    checkNoLeadingZero(bytes);
    long value = 0;
    for (byte b : bytes) {
      value = (value << 8) | (b & 0xff);
    }
    return value;
  }

  public BigInteger readBigInteger() {
    return readBigInteger(32);
  }

  public BigInteger readBigInteger(int maxBytes) {
    byte[] bytes = readBytes();
    if (bytes.length > maxBytes) {
      throw new RlpException(
          "integer of " + bytes.length + " bytes exceeds " + maxBytes + " bytes");
    }
    checkNoLeadingZero(bytes);
    return new BigInteger(1, bytes);
  }

  public RlpReader enterList() {
    Item item = header();
    if (!item.list) {
      throw new RlpException(
          "expected a list at offset " + item.headerStart + " but found a string");
    }
    position = item.bodyStart + item.length;
    return new RlpReader(data, item.bodyStart, item.bodyStart + item.length);
  }

  /** Returns the complete encoding (header and body) of the next item and moves past it. */
  public byte[] readRaw() {
    Item item = header();
    position = item.bodyStart + item.length;
    return Arrays.copyOfRange(data, item.headerStart, position);
  }

  public void skip() {
    Item item = header();
    position = item.bodyStart + item.length;
  }

  /** Refuses bytes left over after the items a caller expected. */
  public void requireEnd(String what) {
    if (position != end) {
      throw new RlpException(what + " has " + (end - position) + " unexpected trailing byte(s)");
    }
  }

  private record Item(boolean list, int headerStart, int bodyStart, int length) {}

  private Item header() {
    requireMore();
    int start = position;
    int prefix = data[start] & 0xff;
    if (prefix < 0x80) {
      return new Item(false, start, start, 1);
    }
    if (prefix <= 0xb7) {
      int length = prefix - 0x80;
      if (length == 1) {
        requireAvailable(start + 1, 1);
        if ((data[start + 1] & 0xff) < 0x80) {
          throw new RlpException(
              "single byte below 0x80 at offset " + start + " must not be prefixed");
        }
      }
      return checked(new Item(false, start, start + 1, length));
    }
    if (prefix <= 0xbf) {
      return longItem(false, start, prefix - 0xb7);
    }
    if (prefix <= 0xf7) {
      return checked(new Item(true, start, start + 1, prefix - 0xc0));
    }
    return longItem(true, start, prefix - 0xf7);
  }

  private Item longItem(boolean list, int start, int lengthOfLength) {
    requireAvailable(start + 1, lengthOfLength);
    if (data[start + 1] == 0) {
      throw new RlpException("length at offset " + start + " has a leading zero");
    }
    if (lengthOfLength > 4) {
      throw new RlpException("length at offset " + start + " is too large");
    }
    long length = 0;
    for (int i = 0; i < lengthOfLength; i++) {
      length = (length << 8) | (data[start + 1 + i] & 0xff);
    }
    if (length < 56) {
      throw new RlpException(
          "length " + length + " at offset " + start + " must use the short form");
    }
    if (length > Integer.MAX_VALUE) {
      throw new RlpException("length " + length + " at offset " + start + " is too large");
    }
    return checked(new Item(list, start, start + 1 + lengthOfLength, (int) length));
  }

  private Item checked(Item item) {
    requireAvailable(item.bodyStart, item.length);
    return item;
  }

  private void requireAvailable(int from, int length) {
    if (from + (long) length > end) {
      throw new RlpException(
          "item at offset " + position + " needs " + length + " byte(s) but the input ends first");
    }
  }

  private void requireMore() {
    if (position >= end) {
      throw new RlpException("unexpected end of input at offset " + position);
    }
  }

  private static void checkNoLeadingZero(byte[] bytes) {
    if (bytes.length > 0 && bytes[0] == 0) {
      throw new RlpException("integer has a leading zero byte");
    }
  }
}
