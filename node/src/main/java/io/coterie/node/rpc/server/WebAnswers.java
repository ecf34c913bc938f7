package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.EndpointAuth;
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
import java.util.Optional;

/**
 * Turns requests for {@link WebRoutes} into netty responses: GET only (the site is read-only)
 * except where the routes accept POST (EPCIS capture), the query decoded, and every answer sent
 * with a Content-Security-Policy that lets a page load only this node's own assets and connect only
 * back to it, so a trace page makes no external request.
 */
final class WebAnswers {
  private static final String HTML = "text/html; charset=utf-8";
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
  static FullHttpResponse answer(
      WebRoutes web, FullHttpRequest request, boolean ownListener, EndpointAuth auth) {
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    if (!web.serves(uri.rawPath())) {
      return plain(
          HttpResponseStatus.NOT_FOUND,
          ownListener
              ? "this port serves trace pages (GET /01/{GTIN}/10/{lot}), the explorer (GET /explorer),"
                  + " EPCIS (/epcis/capture, /epcis/events) and the member page (GET /member, POST"
                  + " /member/rpc);"
                  + " JSON-RPC is on the RPC port (--rpc-http-port)"
              : "not found");
    }
    boolean post = web.acceptsPost(uri.rawPath());
    if (!request.method().equals(HttpMethod.GET)
        && !(post && request.method().equals(HttpMethod.POST))) {
      FullHttpResponse refused =
          plain(
              HttpResponseStatus.METHOD_NOT_ALLOWED,
              post
                  ? "use GET or POST " + uri.rawPath()
                  : "trace pages are read-only: use GET " + uri.rawPath());
      refused.headers().set(HttpHeaderNames.ALLOW, post ? "GET, POST" : "GET");
      return refused;
    }
    if (web.needsToken(uri.rawPath())) {
      Optional<String> problem = AuthGate.pageProblem(auth, request);
      if (problem.isPresent()) {
        FullHttpResponse refused =
            page(
                web.tokenRefusal(uri.rawPath(), problem.get())
                    .orElseGet(() -> WebResponse.text(401, HTML, refusalPage(problem.get()))));
        refused.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        return refused;
      }
    }
    return page(
        web.answer(
            new WebRequest(
                request.method().name(),
                uri.rawPath(),
                uri.parameters(),
                request.headers().get(HttpHeaderNames.ACCEPT, ""),
                request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE, ""),
                request.headers().get(HttpHeaderNames.HOST, ""),
                request.content().toString(StandardCharsets.UTF_8))));
  }

  private static FullHttpResponse page(WebResponse answer) {
    byte[] body = answer.body();
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(answer.status()),
            Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    response.headers().set(HttpHeaderNames.CACHE_CONTROL, answer.cacheControl());
    answer.headers().forEach((name, value) -> response.headers().set(name, value));
    response.headers().set(HttpHeaderNames.VARY, "Accept, Accept-Language");
    secure(response);
    return response;
  }

  /** A plain page for a refused token (the site's own pages are not reached). */
  private static String refusalPage(String problem) {
    String text =
        problem
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Token"
        + " needed</title><link rel=\"stylesheet\" href=\"/trace-assets/trace.css\"></head><body>"
        + "<main><h1>Token needed</h1><section class=\"message\" id=\"message\"><p>"
        + text
        + "</p></section></main></body></html>";
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
