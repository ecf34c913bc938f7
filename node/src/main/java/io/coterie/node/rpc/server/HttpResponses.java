package io.coterie.node.rpc.server;

import com.fasterxml.jackson.databind.node.NullNode;
import io.coterie.node.rpc.method.RpcError;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Building and sending HTTP responses whose body is JSON. */
final class HttpResponses {
  private HttpResponses() {}

  static FullHttpResponse json(HttpResponseStatus status, byte[] body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return response;
  }

  /**
   * A JSON-RPC error body (id null) with an HTTP status, for refusals before any request is parsed.
   */
  static FullHttpResponse error(HttpResponseStatus status, RpcError error) {
    byte[] body =
        JsonRpcProcessor.errorResponse(NullNode.instance, error)
            .toString()
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return json(status, body);
  }

  static void send(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response);
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }
}
