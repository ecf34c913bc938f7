package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.Caller;
import io.coterie.node.rpc.auth.EndpointAuth;
import io.coterie.node.rpc.auth.PermittedMethods;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.subscription.SubscriptionHub;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP connection: checks Host and Origin, answers CORS preflights and {@code /login}, refuses
 * anything but POST of JSON, admits the caller by its token, runs the body through the processor as
 * that caller may, and hands a WebSocket upgrade on to the WebSocket handlers (on the WebSocket
 * port only).
 */
final class HttpRpcHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(HttpRpcHandler.class);

  private final JsonRpcProcessor processor;
  private final MethodLookup registry;
  private final MethodLookup httpMethods;
  private final SubscriptionHub hub;
  private final RequestGuard guard;
  private final int maxBodyBytes;
  private final EventExecutorGroup rpcExecutors;
  private final EndpointAuth auth;
  private final Listener listener;

  HttpRpcHandler(
      JsonRpcProcessor processor,
      MethodLookup registry,
      SubscriptionHub hub,
      RequestGuard guard,
      int maxBodyBytes,
      EventExecutorGroup rpcExecutors,
      EndpointAuth auth,
      Listener listener) {
    this.processor = processor;
    this.registry = registry;
    this.httpMethods = new HttpOnlyMethods(registry);
    this.hub = hub;
    this.guard = guard;
    this.maxBodyBytes = maxBodyBytes;
    this.rpcExecutors = rpcExecutors;
    this.auth = auth;
    this.listener = listener;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    Optional<String> hostProblem = guard.hostProblem(request);
    if (hostProblem.isPresent()) {
      HttpResponses.send(
          ctx,
          HttpResponses.error(
              HttpResponseStatus.FORBIDDEN, RpcError.serverError(hostProblem.get())),
          keepAlive);
      return;
    }
    Optional<String> origin = RequestGuard.origin(request);
    if (origin.isPresent() && !guard.originAllowed(origin.get())) {
      HttpResponses.send(
          ctx,
          HttpResponses.error(
              HttpResponseStatus.FORBIDDEN,
              RpcError.serverError(guard.originProblem(origin.get()))),
          keepAlive);
      return;
    }
    Optional<FullHttpResponse> wrongPort = TransportRules.refusal(listener, request);
    if (wrongPort.isPresent()) {
      HttpResponses.send(ctx, wrongPort.get(), keepAlive);
      return;
    }
    if (TransportRules.isWebSocketUpgrade(request)) {
      AuthGate.Admission admission = AuthGate.admit(auth, request, true);
      if (admission instanceof AuthGate.Refused refused) {
        HttpResponses.send(ctx, refused.response(), false);
        return;
      }
      upgrade(ctx, request, ((AuthGate.Admitted) admission).caller());
      return;
    }
    FullHttpResponse response = respond(request);
    origin.ifPresent(o -> allowOrigin(response, o));
    HttpResponses.send(ctx, response, keepAlive);
  }

  private FullHttpResponse respond(FullHttpRequest request) {
    HttpMethod method = request.method();
    if (method.equals(HttpMethod.OPTIONS)) {
      return preflight(request);
    }
    if (LoginRoutes.matches(request)) {
      return LoginRoutes.answer(request, auth);
    }
    if (!method.equals(HttpMethod.POST)) {
      FullHttpResponse response =
          HttpResponses.error(
              HttpResponseStatus.METHOD_NOT_ALLOWED,
              RpcError.invalidRequest(
                  "HTTP "
                      + method
                      + " is not supported; send JSON-RPC requests with POST and Content-Type:"
                      + " application/json"));
      response.headers().set(HttpHeaderNames.ALLOW, "POST, OPTIONS");
      return response;
    }
    String contentType = request.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return HttpResponses.error(
          HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
          RpcError.invalidRequest(
              "content type '" + contentType + "' is not supported; use application/json"));
    }
    AuthGate.Admission admission = AuthGate.admit(auth, request, false);
    if (admission instanceof AuthGate.Refused refused) {
      return refused.response();
    }
    MethodLookup methods = auth.methodsFor(((AuthGate.Admitted) admission).caller(), httpMethods);
    byte[] body = ByteBufUtil.getBytes(request.content());
    byte[] answer = processor.processToBytes(body, methods).orElse(new byte[0]);
    boolean needsToken =
        methods instanceof PermittedMethods permitted && permitted.refusedForMissingToken();
    return HttpResponses.json(
        needsToken ? HttpResponseStatus.UNAUTHORIZED : HttpResponseStatus.OK, answer);
  }

  private static FullHttpResponse preflight(FullHttpRequest request) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT);
    response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS");
    String requested = request.headers().get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS);
    response
        .headers()
        .set(
            HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS,
            requested == null ? "Content-Type, Authorization" : requested);
    response.headers().set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
    return response;
  }

  private static void allowOrigin(FullHttpResponse response, String origin) {
    response.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    response.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ORIGIN);
  }

  /**
   * Puts the WebSocket handlers after this one and steps aside, then replays the request from the
   * aggregator so the handshake handler answers it. This runs on the channel's event loop: there
   * the protocol handler inserts its handshake handler at once, before the request travels on.
   */
  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, Caller caller) {
    FullHttpRequest retained = request.retain();
    ctx.channel()
        .eventLoop()
        .execute(
            () -> {
              ChannelPipeline pipeline = ctx.pipeline();
              WebSocketServerProtocolConfig config =
                  WebSocketServerProtocolConfig.newBuilder()
                      .websocketPath("/")
                      .checkStartsWith(true)
                      .maxFramePayloadLength(maxBodyBytes)
                      .handleCloseFrames(true)
                      .build();
              pipeline.addAfter(
                  ctx.name(), "ws-protocol", new WebSocketServerProtocolHandler(config));
              pipeline.addAfter(
                  "ws-protocol", "ws-aggregator", new WebSocketFrameAggregator(maxBodyBytes));
              pipeline.addAfter(
                  rpcExecutors,
                  "ws-aggregator",
                  "ws-rpc",
                  new WebSocketRpcHandler(processor, registry, hub, auth, caller));
              pipeline.remove(this);
              pipeline.context(RpcServer.AGGREGATOR).fireChannelRead(retained);
            });
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("HTTP RPC connection failed remote={}", ctx.channel().remoteAddress(), cause);
    ctx.close();
  }
}
