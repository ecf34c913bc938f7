package io.coterie.node.rpc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.coterie.node.rpc.auth.Caller;
import io.coterie.node.rpc.auth.EndpointAuth;
import io.coterie.node.rpc.method.Deadline;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.coterie.node.rpc.subscription.SubscriptionSink;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection after the handshake: each text (or binary) message is a JSON-RPC body,
 * run as the caller its upgrade's token named on the connection's lane of the {@link
 * FairScheduler}, and the connection is the sink of its subscriptions, which are dropped when it
 * closes. The connection closes (1008) when that token expires. (A message over the frame limit is
 * {@link FrameLimitProtocolHandler}'s.)
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
  private final EndpointAuth auth;
  private final Caller caller;
  private volatile Channel channel;

  WebSocketRpcHandler(
      JsonRpcProcessor processor,
      MethodLookup registry,
      SubscriptionHub hub,
      RpcLimits limits,
      FairScheduler.Lane lane,
      String remote,
      EndpointAuth auth,
      Caller caller) {
    this.processor = processor;
    this.hub = hub;
    this.methods = new ConnectionMethods(registry, hub, this);
    this.limits = limits;
    this.lane = lane;
    this.remote = remote;
    this.auth = auth;
    this.caller = caller;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    channel.closeFuture().addListener(future -> hub.removeAll(this));
    // A subscriber that never sends still loses its stream when its token expires.
    caller
        .expiresAt()
        .ifPresent(
            expiry ->
                ctx.executor()
                    .schedule(
                        () -> closeExpired(ctx),
                        auth.untilExpiry(expiry).toMillis(),
                        TimeUnit.MILLISECONDS));
  }

  private void closeExpired(ChannelHandlerContext ctx) {
    ctx.writeAndFlush(
            new CloseWebSocketFrame(
                WebSocketCloseStatus.POLICY_VIOLATION, "token expired; reconnect with a new token"))
        .addListener(ChannelFutureListener.CLOSE);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (!(frame instanceof TextWebSocketFrame) && !(frame instanceof BinaryWebSocketFrame)) {
      return;
    }
    if (auth.expired(caller)) {
      closeExpired(ctx);
      return;
    }
    RpcExchange exchange =
        new RpcExchange(
            processor,
            ByteBufUtil.getBytes(frame.content()),
            auth.methodsFor(caller, methods),
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
