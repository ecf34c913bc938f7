package io.coterie.node.p2p.rlpx;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.compression.Snappy;

/** Snappy block format, as devp2p v5 compresses payloads; the size is checked before inflating. */
public final class MessageCompression {
  private MessageCompression() {}

  /**
   * Netty's raw Snappy encoder keeps input positions in a {@code short} table, so it only encodes
   * blocks up to 32 KiB correctly; larger payloads are encoded in 32 KiB slices whose elements are
   * concatenated after one preamble (copies never reach across a slice, so the block stays valid).
   */
  private static final int SLICE = 32 * 1024;

  private record Compressed(byte[] plain, byte[] compressed) {}

  // A broadcast sends the same payload array to every peer from one thread; compressing it once
  // instead of once per peer matters for 1.5 MB proposals and transaction batches alike.
  private static final ThreadLocal<Compressed> LAST = new ThreadLocal<>();

  /**
   * The Snappy block of {@code plain}. The same array sent again from the same thread (to the next
   * peer of a broadcast) is not compressed again, so payloads must not be modified once sent.
   */
  public static byte[] compress(byte[] plain) {
    Compressed last = LAST.get();
    if (last != null && last.plain() == plain) {
      return last.compressed();
    }
    byte[] compressed = compressBlock(plain);
    LAST.set(new Compressed(plain, compressed));
    return compressed;
  }

  /**
   * A received payload as plain bytes: inflated when the connection compresses, and refused with
   * {@link MessageTooLargeException} when it is (or would inflate to) more than {@code limit}.
   */
  public static byte[] received(byte[] raw, boolean compressed, int limit) {
    if (compressed) {
      return decompress(raw, limit);
    }
    if (raw.length > limit) {
      throw new MessageTooLargeException(raw.length, limit);
    }
    return raw;
  }

  private static byte[] compressBlock(byte[] plain) {
    ByteBuf out = Unpooled.buffer(plain.length / 2 + 16);
    ByteBuf slice = Unpooled.buffer(SLICE + SLICE / 6 + 32);
    try {
      writeVarint(out, plain.length);
      for (int offset = 0; offset < plain.length; offset += SLICE) {
        int length = Math.min(SLICE, plain.length - offset);
        slice.clear();
        new Snappy().encode(Unpooled.wrappedBuffer(plain, offset, length), slice, length);
        skipVarint(slice);
        out.writeBytes(slice);
      }
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
      slice.release();
    }
  }

  private static void writeVarint(ByteBuf out, int value) {
    while ((value & ~0x7f) != 0) {
      out.writeByte((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  private static void skipVarint(ByteBuf in) {
    while ((in.readByte() & 0x80) != 0) {
      // continuation bytes of the slice's own preamble
    }
  }

  /** The uncompressed length a Snappy block announces in its varint preamble. */
  public static long uncompressedLength(byte[] compressed) {
    long value = 0;
    for (int i = 0, shift = 0; i < compressed.length && i < 5; i++, shift += 7) {
      value |= (long) (compressed[i] & 0x7f) << shift;
      if ((compressed[i] & 0x80) == 0) {
        return value;
      }
    }
    throw new HandshakeException("Snappy preamble is not a valid length");
  }

  /** Inflates a payload after refusing one that would exceed {@code maxSize}. */
  public static byte[] decompress(byte[] compressed, int maxSize) {
    long length = uncompressedLength(compressed);
    if (length > maxSize) {
      throw new MessageTooLargeException(length, maxSize);
    }
    ByteBuf in = Unpooled.wrappedBuffer(compressed);
    ByteBuf out = Unpooled.buffer((int) length, (int) length);
    try {
      new Snappy().decode(in, out);
      if (out.readableBytes() != length) {
        throw new HandshakeException(
            "Snappy payload inflated to " + out.readableBytes() + " bytes, announced " + length);
      }
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } catch (RuntimeException e) {
      if (e instanceof HandshakeException || e instanceof MessageTooLargeException) {
        throw e;
      }
      throw new HandshakeException("corrupt Snappy payload: " + e.getMessage(), e);
    } finally {
      out.release();
    }
  }
}
