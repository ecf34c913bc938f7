package io.coterie.node.rpc.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * netty's WebSocket protocol handler, except that a message over the frame limit closes the
 * connection with status 1009 and a reason that names the limit and its option, rather than netty's
 * bare close. (netty closes the channel in this handler, so the close frame must be written here,
 * before that.)
 */
final class FrameLimitProtocolHandler extends WebSocketServerProtocolHandler {
  private final int maxFrameSize;

  FrameLimitProtocolHandler(WebSocketServerProtocolConfig config, int maxFrameSize) {
    super(config);
    this.maxFrameSize = maxFrameSize;
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
    boolean tooBig =
        cause instanceof TooLongFrameException
            || cause instanceof CorruptedWebSocketFrameException corrupted
                && corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code();
    if (!tooBig) {
      super.exceptionCaught(ctx, cause);
      return;
    }
    ctx.writeAndFlush(
            new CloseWebSocketFrame(
                WebSocketCloseStatus.MESSAGE_TOO_BIG.code(),
                "message over "
                    + maxFrameSize
                    + " bytes (--rpc-ws-max-frame-size); send smaller messages or batches"))
        .addListener(ChannelFutureListener.CLOSE);
  }
}
