package io.coterie.node.rpc.server;

import io.coterie.node.rpc.auth.EndpointAuth;
import io.coterie.node.rpc.method.RpcError;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /login} (Besu's, plus signed challenges) and {@code GET /login/challenge?address=},
 * on both ports. Request bodies hold passwords and signatures: they are never logged.
 */
final class LoginRoutes {
  static final String LOGIN = "/login";
  static final String CHALLENGE = "/login/challenge";

  private LoginRoutes() {}

  static boolean matches(FullHttpRequest request) {
    String path = new QueryStringDecoder(request.uri()).path();
    return path.equals(LOGIN) || path.equals(CHALLENGE);
  }

  static FullHttpResponse answer(FullHttpRequest request, EndpointAuth auth) {
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    EndpointAuth.Reply reply;
    if (uri.path().equals(LOGIN) && request.method().equals(HttpMethod.POST)) {
      reply = auth.login(ByteBufUtil.getBytes(request.content()));
    } else if (uri.path().equals(CHALLENGE) && request.method().equals(HttpMethod.GET)) {
      List<String> address = uri.parameters().get("address");
      reply = auth.challenge(address == null || address.isEmpty() ? "" : address.get(0));
    } else {
      return HttpResponses.error(
          HttpResponseStatus.METHOD_NOT_ALLOWED,
          RpcError.invalidRequest(
              "use POST " + LOGIN + " with a JSON body, or GET " + CHALLENGE + "?address=0x…"));
    }
    return HttpResponses.json(
        HttpResponseStatus.valueOf(reply.status()),
        reply.body().toString().getBytes(StandardCharsets.UTF_8));
  }
}
