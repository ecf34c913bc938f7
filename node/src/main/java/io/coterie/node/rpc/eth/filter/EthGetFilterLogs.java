package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.eth.BlockResolver;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getFilterLogs(id)}: every log matching a log filter's query, as {@code eth_getLogs}
 * would return it (same range limits).
 */
public final class EthGetFilterLogs implements RpcMethod {
  private final FilterStore filters;
  private final BlockResolver blocks;

  public EthGetFilterLogs(FilterStore filters, BlockResolver blocks) {
    this.filters = filters;
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getFilterLogs";
  }

  @Override
  public Object execute(RpcParams params) {
    return filters.logQuery(params.atMost(1).requiredString(0, "filterId")).run(blocks);
  }
}
