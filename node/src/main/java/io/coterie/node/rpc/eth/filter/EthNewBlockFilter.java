package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_newBlockFilter()}: a filter whose changes are the hashes of blocks imported since the
 * last poll.
 */
public final class EthNewBlockFilter implements RpcMethod {
  private final FilterStore filters;

  public EthNewBlockFilter(FilterStore filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_newBlockFilter";
  }

  @Override
  public Object execute(RpcParams params) {
    return execute(params, RequestScope.local());
  }

  /** The filter belongs to the caller's address, which has a limit of them. */
  @Override
  public Object execute(RpcParams params, RequestScope scope) {
    params.atMost(0);
    return filters.install(scope.remote(), FilterKind.BLOCKS);
  }
}
