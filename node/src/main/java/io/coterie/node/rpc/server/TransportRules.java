package io.coterie.node.rpc.server;

import io.coterie.node.rpc.method.RpcError;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Optional;

/**
 * A port serves only its transport: the HTTP port refuses WebSocket upgrades (so with {@code
 * --rpc-ws-enabled=false} nothing speaks WebSocket), the WebSocket port refuses JSON-RPC over HTTP.
 * Both answer CORS preflights and the login routes.
 */
final class TransportRules {
  private TransportRules() {}

  /** The response refusing {@code request} on {@code listener}; empty when it belongs there. */
  static Optional<FullHttpResponse> refusal(Listener listener, FullHttpRequest request) {
    boolean upgrade = isWebSocketUpgrade(request);
    if (listener == Listener.HTTP && upgrade) {
      return Optional.of(
          HttpResponses.error(
              HttpResponseStatus.BAD_REQUEST,
              RpcError.invalidRequest(
                  "this port serves JSON-RPC over HTTP only; connect WebSocket clients to the"
                      + " WebSocket port (--rpc-ws-port, default 8546; enable it with"
                      + " --rpc-ws-enabled)")));
    }
    if (listener == Listener.WEBSOCKET
        && !upgrade
        && !request.method().equals(HttpMethod.OPTIONS)
        && !LoginRoutes.matches(request)) {
      return Optional.of(
          HttpResponses.error(
              HttpResponseStatus.BAD_REQUEST,
              RpcError.invalidRequest(
                  "this port serves JSON-RPC over WebSocket only (and /login); send HTTP requests"
                      + " to the HTTP port (--rpc-http-port, default 8545)")));
    }
    return Optional.empty();
  }

  static boolean isWebSocketUpgrade(FullHttpRequest request) {
    return request.method().equals(HttpMethod.GET)
        && request
            .headers()
            .containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)
        && request.headers().contains(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
  }
}
