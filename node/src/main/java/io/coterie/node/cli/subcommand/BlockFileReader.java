package io.coterie.node.cli.subcommand;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads RLP items laid one after another, as {@code geth export} writes blocks, one item at a time
 * so a long chain never has to fit in memory.
 */
final class BlockFileReader {
  /** Far above any block this node builds; refuses a corrupt length before allocating it. */
  private static final int MAX_ITEM_BYTES = 256 * 1024 * 1024;

  private final InputStream in;
  private long offset;

  BlockFileReader(InputStream in) {
    this.in = in;
  }

  long offset() {
    return offset;
  }

  /** The next item's complete encoding; empty at the end of the file. */
  Optional<byte[]> next() throws IOException {
    int first = in.read();
    if (first < 0) {
      return Optional.empty();
    }
    if (first < 0xc0) {
      throw new IOException("item at byte " + offset + " is not an RLP list (a block is a list)");
    }
    byte[] lengthBytes = new byte[first <= 0xf7 ? 0 : first - 0xf7];
    readFully(lengthBytes);
    long length = first <= 0xf7 ? first - 0xc0 : 0;
    for (byte b : lengthBytes) {
      length = (length << 8) | (b & 0xff);
    }
    if (length > MAX_ITEM_BYTES) {
      throw new IOException(
          "item at byte " + offset + " claims " + length + " bytes; corrupt file");
    }
    byte[] item = new byte[1 + lengthBytes.length + (int) length];
    item[0] = (byte) first;
    System.arraycopy(lengthBytes, 0, item, 1, lengthBytes.length);
    byte[] body = new byte[(int) length];
    readFully(body);
    System.arraycopy(body, 0, item, 1 + lengthBytes.length, body.length);
    offset += item.length;
    return Optional.of(item);
  }

  private void readFully(byte[] buffer) throws IOException {
    int read = 0;
    while (read < buffer.length) {
      int n = in.read(buffer, read, buffer.length - read);
      if (n < 0) {
        throw new EOFException("the file ends inside the item at byte " + offset + "; truncated?");
      }
      read += n;
    }
  }
}
