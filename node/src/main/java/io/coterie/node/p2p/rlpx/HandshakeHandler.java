package io.coterie.node.p2p.rlpx;

import io.coterie.node.crypto.NodeKey;
import io.coterie.node.crypto.PublicKey;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.security.SecureRandom;
import java.util.List;

/**
 * Runs the auth/ack exchange on a fresh connection, then replaces itself with a {@link FrameCodec}
 * (bytes already received pass on to it) and fires {@link HandshakeCompleted}. A failure raises
 * {@link HandshakeException} through the pipeline.
 */
public final class HandshakeHandler extends ByteToMessageDecoder {
  private final NodeKey localKey;
  private final PublicKey expectedRemote;
  private final SecureRandom random;
  private final int maxFrameSize;
  private InitiatorHandshake initiator;
  private boolean plainRuledOut;
  private boolean failed;

  private HandshakeHandler(
      NodeKey localKey, PublicKey expectedRemote, SecureRandom random, int maxFrameSize) {
    this.localKey = localKey;
    this.expectedRemote = expectedRemote;
    this.random = random;
    this.maxFrameSize = maxFrameSize;
  }

  public static HandshakeHandler initiator(
      NodeKey localKey, PublicKey remote, SecureRandom random, int maxFrameSize) {
    return new HandshakeHandler(localKey, remote, random, maxFrameSize);
  }

  public static HandshakeHandler recipient(
      NodeKey localKey, SecureRandom random, int maxFrameSize) {
    return new HandshakeHandler(localKey, null, random, maxFrameSize);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    if (expectedRemote != null) {
      initiator = new InitiatorHandshake(localKey, expectedRemote, random);
      ctx.writeAndFlush(Unpooled.wrappedBuffer(initiator.authWire()));
    }
    super.channelActive(ctx);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      step(ctx, in);
    } catch (RuntimeException e) {
      // One failure per connection: the rest of what the peer sent is discarded, and it is closed.
      failed = true;
      in.skipBytes(in.readableBytes());
      ctx.fireExceptionCaught(
          e instanceof HandshakeException ? e : new HandshakeException(e.toString(), e));
    }
  }

  private void step(ChannelHandlerContext ctx, ByteBuf in) {
    int plainSize =
        initiator != null ? HandshakeCodec.PLAIN_ACK_SIZE : HandshakeCodec.PLAIN_AUTH_SIZE;
    byte[] message = nextMessage(in, plainSize);
    if (message == null) {
      return;
    }
    Secrets secrets;
    if (initiator != null) {
      secrets = initiator.onAck(message);
    } else {
      RecipientHandshake.Result result = new RecipientHandshake(localKey, random).onAuth(message);
      ctx.writeAndFlush(Unpooled.wrappedBuffer(result.ackWire().toArray()));
      secrets = result.secrets();
    }
    ctx.pipeline().addAfter(ctx.name(), "rlpx-frames", new FrameCodec(secrets, maxFrameSize));
    ctx.pipeline().remove(this);
    ctx.fireUserEventTriggered(
        new HandshakeCompleted(secrets.remoteNodeId(), expectedRemote != null));
  }

  /** The next complete auth/ack, in whichever format, or null when more bytes are needed. */
  private byte[] nextMessage(ByteBuf in, int plainSize) {
    int have = in.readableBytes();
    if (have < 2) {
      return null;
    }
    int eip8 = in.getUnsignedShort(in.readerIndex()) + 2;
    if (!plainRuledOut && have >= plainSize) {
      byte[] candidate = new byte[plainSize];
      in.getBytes(in.readerIndex(), candidate);
      if (HandshakeCodec.tryPlain(candidate, localKey.privateKey()) != null) {
        in.skipBytes(plainSize);
        return candidate;
      }
      plainRuledOut = true;
    }
    // A plain message starts with 0x04, so its "size prefix" reads >= 1026 and it was tried above.
    if (have < eip8) {
      return null;
    }
    byte[] message = new byte[eip8];
    in.readBytes(message);
    return message;
  }
}
