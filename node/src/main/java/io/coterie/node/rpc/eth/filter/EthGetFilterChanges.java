package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getFilterChanges(id)}: what the filter collected since the last poll (logs, block
 * hashes or transaction hashes); -32000 "filter not found" for an unknown or expired id.
 */
public final class EthGetFilterChanges implements RpcMethod {
  private final FilterStore filters;

  public EthGetFilterChanges(FilterStore filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_getFilterChanges";
  }

  @Override
  public Object execute(RpcParams params) {
    return filters.poll(params.atMost(1).requiredString(0, "filterId"));
  }
}
