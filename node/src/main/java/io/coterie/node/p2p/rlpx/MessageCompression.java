package io.coterie.node.p2p.rlpx;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.compression.Snappy;

/** Snappy block format, as devp2p v5 compresses payloads; the size is checked before inflating. */
public final class MessageCompression {
  private MessageCompression() {}

  public static byte[] compress(byte[] plain) {
    ByteBuf in = Unpooled.wrappedBuffer(plain);
    ByteBuf out = Unpooled.buffer(plain.length / 2 + 16);
    try {
      new Snappy().encode(in, out, plain.length);
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
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
