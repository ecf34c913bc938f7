package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.Caller;
import io.coterie.node.rpc.auth.EndpointAuth;
import io.coterie.node.rpc.auth.PermittedMethods;
import io.coterie.node.rpc.method.Deadline;
import io.coterie.node.rpc.method.MethodLookup;
import io.coterie.node.rpc.method.RequestScope;
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
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP connection: checks Host and Origin, answers CORS preflights and {@code /login}, refuses
 * anything but POST of JSON, admits the caller by its token, runs the body as that caller may on
 * the connection's lane of the {@link FairScheduler} (429 when it is full), and hands a WebSocket
 * upgrade on to the WebSocket handlers (on the WebSocket port only). Responses go out in the order
 * their requests came.
 */
final class HttpRpcHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(HttpRpcHandler.class);

  private final JsonRpcProcessor processor;
  private final MethodLookup registry;
  private final MethodLookup httpMethods;
  private final SubscriptionHub hub;
  private final RequestGuard guard;
  private final RpcLimits limits;
  private final EventExecutorGroup rpcExecutors;
  private final FairScheduler scheduler;
  private final EndpointAuth auth;
  private final Listener listener;
  private final WebRoutes web;
  private final PublicRpcRoute publicRpc;
  private FairScheduler.Lane lane;
  private String remote;

  /** Completes when the last response so far is written; later ones wait for it. */
  private CompletableFuture<Void> lastResponse = CompletableFuture.completedFuture(null);

  HttpRpcHandler(
      JsonRpcProcessor processor,
      MethodLookup registry,
      SubscriptionHub hub,
      RequestGuard guard,
      RpcLimits limits,
      EventExecutorGroup rpcExecutors,
      FairScheduler scheduler,
      EndpointAuth auth,
      Listener listener,
      WebRoutes web,
      PublicRpcRoute publicRpc) {
    this.processor = processor;
    this.registry = registry;
    this.httpMethods = new HttpOnlyMethods(registry);
    this.hub = hub;
    this.guard = guard;
    this.limits = limits;
    this.rpcExecutors = rpcExecutors;
    this.scheduler = scheduler;
    this.auth = auth;
    this.listener = listener;
    this.web = web;
    this.publicRpc = publicRpc;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    remote = ConnectionLimiter.remoteAddress(ctx.channel());
    FairScheduler.Lane connectionLane = scheduler.lane(remote);
    lane = connectionLane;
    ctx.channel().closeFuture().addListener(future -> connectionLane.close());
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    boolean publicCall =
        listener != Listener.WEBSOCKET
            && publicRpc.matches(new QueryStringDecoder(request.uri()).path());
    if (listener == Listener.WEB && publicCall) {
      queue(ctx, publicCall(request), keepAlive, Optional.empty());
      return;
    }
    if (listener == Listener.WEB) {
      // public pages: any Host, no token, nothing but the site
      queue(
          ctx,
          CompletableFuture.completedFuture(WebAnswers.answer(web, request, true, auth)),
          keepAlive,
          Optional.empty());
      return;
    }
    Optional<String> hostProblem = guard.hostProblem(request);
    if (hostProblem.isPresent()) {
      HttpResponses.send(
          ctx,
          HttpResponses.error(
              HttpResponseStatus.FORBIDDEN, RpcError.serverError(hostProblem.get())),
          keepAlive);
      return;
    }
    if (publicCall) {
      // the member page's own methods: no token, nothing else reachable
      queue(ctx, publicCall(request), keepAlive, Optional.empty());
      return;
    }
    if (listener == Listener.HTTP && WebAnswers.isFor(web, request)) {
      // the trace pages are public: routed before the origin check and the auth gate
      queue(
          ctx,
          CompletableFuture.completedFuture(WebAnswers.answer(web, request, false, auth)),
          keepAlive,
          Optional.empty());
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
    queue(ctx, respond(request), keepAlive, origin);
  }

  /** Sends {@code response} once every earlier response on this connection has gone. */
  private void queue(
      ChannelHandlerContext ctx,
      CompletableFuture<FullHttpResponse> response,
      boolean keepAlive,
      Optional<String> origin) {
    lastResponse =
        lastResponse
            .thenCompose(previous -> response)
            .thenAccept(
                r -> {
                  origin.ifPresent(o -> allowOrigin(r, o));
                  HttpResponses.send(ctx, r, keepAlive);
                })
            .exceptionally(
                failure -> {
                  LOG.debug("HTTP RPC response failed remote={}", remote, failure);
                  return null;
                });
  }

  /**
   * Answers at once what needs no method call; a JSON-RPC body goes to the connection's lane and is
   * answered when it has run, or at once with 429 when the lane refuses it.
   */
  private CompletableFuture<FullHttpResponse> respond(FullHttpRequest request) {
    FullHttpResponse refusal = refusal(request);
    if (refusal != null) {
      return CompletableFuture.completedFuture(refusal);
    }
    AuthGate.Admission admission = AuthGate.admit(auth, request, false);
    if (admission instanceof AuthGate.Refused refused) {
      return CompletableFuture.completedFuture(refused.response());
    }
    return run(request, auth.methodsFor(((AuthGate.Admitted) admission).caller(), httpMethods));
  }

  /** A POST to the public route: run with its own methods, whatever the caller's token says. */
  private CompletableFuture<FullHttpResponse> publicCall(FullHttpRequest request) {
    FullHttpResponse refusal = notJsonPost(request, publicRpc.path());
    return refusal != null
        ? CompletableFuture.completedFuture(refusal)
        : run(request, publicRpc.methods());
  }

  /**
   * Runs the body on the connection's lane and answers when it has run, or at once with 429 when
   * the lane refuses it.
   */
  private CompletableFuture<FullHttpResponse> run(FullHttpRequest request, MethodLookup methods) {
    CompletableFuture<FullHttpResponse> answer = new CompletableFuture<>();
    RpcExchange exchange =
        new RpcExchange(
            processor,
            ByteBufUtil.getBytes(request.content()),
            methods,
            new RequestScope(remote, Deadline.in(limits.requestTimeout())),
            limits.maxResponseBytes(),
            bytes -> {
              boolean needsToken =
                  methods instanceof PermittedMethods permitted
                      && permitted.refusedForMissingToken();
              answer.complete(
                  HttpResponses.json(
                      needsToken ? HttpResponseStatus.UNAUTHORIZED : HttpResponseStatus.OK,
                      bytes.orElse(new byte[0])));
            });
    lane.submit(exchange)
        .ifPresent(
            problem -> {
              FullHttpResponse tooMany =
                  HttpResponses.error(
                      HttpResponseStatus.TOO_MANY_REQUESTS, RpcError.limitExceeded(problem));
              tooMany.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
              answer.complete(tooMany);
            });
    return answer;
  }

  /** The answer to a request that is not a JSON-RPC POST, or null for one that is. */
  private FullHttpResponse refusal(FullHttpRequest request) {
    HttpMethod method = request.method();
    if (method.equals(HttpMethod.OPTIONS)) {
      return preflight(request);
    }
    if (LoginRoutes.matches(request)) {
      return LoginRoutes.answer(request, auth);
    }
    return notJsonPost(request, "/");
  }

  /** The answer to a request that is not a POST of JSON, or null for one that is. */
  private static FullHttpResponse notJsonPost(FullHttpRequest request, String path) {
    HttpMethod method = request.method();
    if (!method.equals(HttpMethod.POST)) {
      FullHttpResponse response =
          HttpResponses.error(
              HttpResponseStatus.METHOD_NOT_ALLOWED,
              RpcError.invalidRequest(
                  "HTTP "
                      + method
                      + " is not supported"
                      + (path.equals("/") ? "" : " at " + path)
                      + "; send JSON-RPC requests with POST and Content-Type:"
                      + " application/json"));
      response.headers().set(HttpHeaderNames.ALLOW, path.equals("/") ? "POST, OPTIONS" : "POST");
      return response;
    }
    String contentType = request.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return HttpResponses.error(
          HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
          RpcError.invalidRequest(
              "content type '" + contentType + "' is not supported; use application/json"));
    }
    return null;
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
                      .maxFramePayloadLength(limits.wsMaxFrameSize())
                      .closeOnProtocolViolation(false)
                      .handleCloseFrames(true)
                      .build();
              pipeline.addAfter(
                  ctx.name(),
                  "ws-protocol",
                  new FrameLimitProtocolHandler(config, limits.wsMaxFrameSize()));
              pipeline.addAfter(
                  "ws-protocol",
                  "ws-aggregator",
                  new WebSocketFrameAggregator(limits.wsMaxFrameSize()));
              pipeline.addAfter(
                  rpcExecutors,
                  "ws-aggregator",
                  "ws-rpc",
                  new WebSocketRpcHandler(
                      processor, registry, hub, limits, lane, remote, auth, caller));
              pipeline.remove(RpcListenerBinder.HTTP_DEADLINE_BYTES);
              pipeline.remove(RpcListenerBinder.HTTP_DEADLINES);
              pipeline.remove(this);
              pipeline.context(RpcListenerBinder.AGGREGATOR).fireChannelRead(retained);
            });
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("HTTP RPC connection failed remote={}", ctx.channel().remoteAddress(), cause);
    ctx.close();
  }
}
