package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.eth.BlockResolver;
import io.coterie.node.rpc.eth.LogQuery;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getFilterLogs(id)}: every log matching a log filter's query, as {@code eth_getLogs}
 * would return it (same range limit and deadline).
 */
public final class EthGetFilterLogs implements RpcMethod {
  private final FilterStore filters;
  private final BlockResolver blocks;
  private final long maxBlockRange;

  public EthGetFilterLogs(FilterStore filters, BlockResolver blocks, long maxBlockRange) {
    this.filters = filters;
    this.blocks = blocks;
    this.maxBlockRange = maxBlockRange;
  }

  public EthGetFilterLogs(FilterStore filters, BlockResolver blocks) {
    this(filters, blocks, LogQuery.MAX_BLOCK_RANGE);
  }

  @Override
  public String name() {
    return "eth_getFilterLogs";
  }

  @Override
  public Object execute(RpcParams params) {
    return execute(params, RequestScope.local());
  }

  @Override
  public Object execute(RpcParams params, RequestScope scope) {
    return filters
        .logQuery(params.atMost(1).requiredString(0, "filterId"))
        .run(blocks, maxBlockRange, scope.deadline());
  }
}
