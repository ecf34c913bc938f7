package io.coterie.node.rpc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.coterie.node.rpc.method.Deadline;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.subscription.SubscriptionSink;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection after the handshake: each text (or binary) message is a JSON-RPC body,
 * run on the connection's lane of the {@link FairScheduler}, and the connection is the sink of its
 * subscriptions, which are dropped when it closes. (A message over the frame limit is {@link
 * FrameLimitProtocolHandler}'s.)
 */
final class WebSocketRpcHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    implements SubscriptionSink {
  private static final Logger LOG = LoggerFactory.getLogger(WebSocketRpcHandler.class);

  private final JsonRpcProcessor processor;
  private final SubscriptionHub hub;
  private final MethodLookup methods;
  private final RpcLimits limits;
  private final FairScheduler.Lane lane;
  private final String remote;
  private volatile Channel channel;

  WebSocketRpcHandler(
      JsonRpcProcessor processor,
      MethodLookup registry,
      SubscriptionHub hub,
      RpcLimits limits,
      FairScheduler.Lane lane,
      String remote) {
    this.processor = processor;
    this.hub = hub;
    this.methods = new ConnectionMethods(registry, hub, this);
    this.limits = limits;
    this.lane = lane;
    this.remote = remote;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    channel.closeFuture().addListener(future -> hub.removeAll(this));
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (!(frame instanceof TextWebSocketFrame) && !(frame instanceof BinaryWebSocketFrame)) {
      return;
    }
    RpcExchange exchange =
        new RpcExchange(
            processor,
            ByteBufUtil.getBytes(frame.content()),
            methods,
            new RequestScope(remote, Deadline.in(limits.requestTimeout())),
            limits.maxResponseBytes(),
            response -> response.ifPresent(bytes -> write(ctx, bytes)));
    lane.submit(exchange)
        .ifPresent(
            problem ->
                write(
                    ctx,
                    processor.serialize(
                        JsonRpcProcessor.errorResponse(
                            NullNode.instance, RpcError.limitExceeded(problem)))));
  }

  private static void write(ChannelHandlerContext ctx, byte[] response) {
    ctx.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(response)));
  }

  @Override
  public void send(JsonNode notification) {
    Channel current = channel;
    if (current == null || !current.isActive()) {
      return;
    }
    if (!current.isWritable()) {
      LOG.warn(
          "Closing slow WebSocket subscriber remote={} reason=unsent notifications over the limit",
          current.remoteAddress());
      current.close();
      return;
    }
    current.writeAndFlush(
        new TextWebSocketFrame(Unpooled.wrappedBuffer(processor.serialize(notification))));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("WebSocket connection failed remote={}", ctx.channel().remoteAddress(), cause);
    ctx.close();
  }
}
