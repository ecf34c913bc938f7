package io.coterie.node.rpc.server;

import io.coterie.node.rpc.method.RpcError;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates a request body up to the limit; over it, answers 413 with a JSON-RPC error saying the
 * limit, instead of netty's empty 413. As netty does, a keep-alive connection stays open and the
 * rest of the oversized body is discarded, so the client reads the answer rather than a reset.
 */
final class BodyLimitAggregator extends HttpObjectAggregator {
  private final int maxBodyBytes;

  BodyLimitAggregator(int maxBodyBytes) {
    super(maxBodyBytes);
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    HttpResponses.send(
        ctx,
        HttpResponses.error(
            HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
            RpcError.limitExceeded(
                "request body exceeds the limit of "
                    + maxBodyBytes
                    + " bytes; send smaller batches or raise the body size limit")),
        !(oversized instanceof FullHttpMessage) && HttpUtil.isKeepAlive(oversized));
  }
}
