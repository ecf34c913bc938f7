package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getLogs(filter)}: the logs matching a {@link LogQuery}. Errors as geth: -32602 for a
 * reversed range, a range past the head, or blockHash together with a range; -32005 when the range
 * exceeds the node's {@code --rpc-max-logs-range} ({@link LogQuery#MAX_BLOCK_RANGE} blocks unless
 * configured) or the result {@link LogQuery#MAX_RESULTS} logs, with a message saying how to narrow
 * it.
 */
public final class EthGetLogs implements RpcMethod {
  private final BlockResolver blocks;
  private final long maxBlockRange;

  public EthGetLogs(BlockResolver blocks, long maxBlockRange) {
    if (maxBlockRange < 1) {
      throw new IllegalArgumentException(
          "the block range limit must be positive, got " + maxBlockRange);
    }
    this.blocks = blocks;
    this.maxBlockRange = maxBlockRange;
  }

  public EthGetLogs(BlockResolver blocks) {
    this(blocks, LogQuery.MAX_BLOCK_RANGE);
  }

  @Override
  public String name() {
    return "eth_getLogs";
  }

  @Override
  public Object execute(RpcParams params) {
    return execute(params, RequestScope.local());
  }

  /** Stops at the request's deadline with -32005 "request timed out". */
  @Override
  public Object execute(RpcParams params, RequestScope scope) {
    params.atMost(1);
    return LogQuery.parse(params.required(0, "filter"))
        .run(blocks, maxBlockRange, scope.deadline());
  }
}
