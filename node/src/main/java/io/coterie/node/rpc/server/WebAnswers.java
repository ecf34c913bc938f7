package io.coterie.node.rpc.server;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns requests for {@link WebRoutes} into netty responses: GET only (the site is read-only), the
 * query decoded, and every answer sent with a Content-Security-Policy that lets a page load only
 * this node's own assets and connect only back to it, so a trace page makes no external request.
 */
final class WebAnswers {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private WebAnswers() {}

  /** Whether the request's path belongs to the site (whatever its method). */
  static boolean isFor(WebRoutes web, FullHttpRequest request) {
    return web.serves(new QueryStringDecoder(request.uri()).path());
  }

  /**
   * The site's answer; on the site's own listener ({@code ownListener}) anything else is 404 with
   * where to look.
   */
  static FullHttpResponse answer(WebRoutes web, FullHttpRequest request, boolean ownListener) {
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    if (!web.serves(uri.rawPath())) {
      return plain(
          HttpResponseStatus.NOT_FOUND,
          ownListener
              ? "this port serves trace pages only: GET /01/{GTIN}/10/{lot}; JSON-RPC is on the RPC"
                  + " port (--rpc-http-port)"
              : "not found");
    }
    if (!request.method().equals(HttpMethod.GET)) {
      FullHttpResponse refused =
          plain(
              HttpResponseStatus.METHOD_NOT_ALLOWED,
              "trace pages are read-only: use GET " + uri.rawPath());
      refused.headers().set(HttpHeaderNames.ALLOW, "GET");
      return refused;
    }
    WebResponse answer =
        web.answer(
            new WebRequest(
                uri.rawPath(),
                uri.parameters(),
                request.headers().get(HttpHeaderNames.ACCEPT, ""),
                request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE, ""),
                request.headers().get(HttpHeaderNames.HOST, "")));
    byte[] body = answer.body();
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(answer.status()),
            Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    response.headers().set(HttpHeaderNames.CACHE_CONTROL, answer.cacheControl());
    response.headers().set(HttpHeaderNames.VARY, "Accept, Accept-Language");
    secure(response);
    return response;
  }

  private static FullHttpResponse plain(HttpResponseStatus status, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    secure(response);
    return response;
  }

  private static void secure(FullHttpResponse response) {
    response.headers().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.headers().set("X-Content-Type-Options", "nosniff");
    response.headers().set("Referrer-Policy", "no-referrer");
  }
}
