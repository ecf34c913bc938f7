package io.coterie.node.p2p.rlpx;

import io.coterie.node.rlp.RlpReader;
import io.coterie.node.rlp.RlpWriter;
import io.coterie.node.types.Bytes;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageCodec;
import java.util.Arrays;
import java.util.List;

/**
 * Encrypted frames ↔ {@link RlpxMessage}: one message per frame, frame data {@code rlp(id) ||
 * payload}. A header announcing more than the frame limit is refused before its body is read.
 */
public final class FrameCodec extends ByteToMessageCodec<RlpxMessage> {
  private final FrameCipher cipher;
  private final int maxFrameSize;
  private int pendingFrameSize = -1;

  public FrameCodec(Secrets secrets, int maxFrameSize) {
    super(RlpxMessage.class);
    this.cipher = new FrameCipher(secrets);
    this.maxFrameSize = maxFrameSize;
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, RlpxMessage msg, ByteBuf out) {
    byte[] id = new RlpWriter().writeLong(msg.code()).toByteArray();
    byte[] payload = msg.payload().toArray();
    if (id.length + payload.length > maxFrameSize) {
      throw new MessageTooLargeException(id.length + payload.length, maxFrameSize);
    }
    byte[] frameData = Arrays.copyOf(id, id.length + payload.length);
    System.arraycopy(payload, 0, frameData, id.length, payload.length);
    out.writeBytes(cipher.encrypt(frameData));
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (true) {
      if (pendingFrameSize < 0) {
        if (in.readableBytes() < FrameCipher.HEADER_SIZE) {
          return;
        }
        byte[] header = new byte[FrameCipher.HEADER_SIZE];
        in.readBytes(header);
        pendingFrameSize = cipher.decryptHeader(header);
        if (pendingFrameSize > maxFrameSize) {
          throw new MessageTooLargeException(pendingFrameSize, maxFrameSize);
        }
      }
      int bodyLength = FrameCipher.bodyLength(pendingFrameSize);
      if (in.readableBytes() < bodyLength) {
        return;
      }
      byte[] body = new byte[bodyLength];
      in.readBytes(body);
      byte[] frameData = cipher.decryptBody(body, pendingFrameSize);
      pendingFrameSize = -1;
      out.add(split(frameData));
    }
  }

  private static RlpxMessage split(byte[] frameData) {
    RlpReader reader = new RlpReader(frameData);
    byte[] idEncoding = reader.readRaw();
    long code = new RlpReader(idEncoding).readLong();
    if (code > Integer.MAX_VALUE) {
      throw new HandshakeException("message id " + code + " is out of range");
    }
    return new RlpxMessage(
        (int) code, Bytes.of(Arrays.copyOfRange(frameData, idEncoding.length, frameData.length)));
  }
}
