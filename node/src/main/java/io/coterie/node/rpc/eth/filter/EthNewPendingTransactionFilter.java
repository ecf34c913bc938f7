package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RequestScope;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_newPendingTransactionFilter()}: a filter whose changes are the hashes of transactions
 * that became pending since the last poll.
 */
public final class EthNewPendingTransactionFilter implements RpcMethod {
  private final FilterStore filters;

  public EthNewPendingTransactionFilter(FilterStore filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_newPendingTransactionFilter";
  }

  @Override
  public Object execute(RpcParams params) {
    return execute(params, RequestScope.local());
  }

  /** The filter belongs to the caller's address, which has a limit of them. */
  @Override
  public Object execute(RpcParams params, RequestScope scope) {
    params.atMost(0);
    return filters.install(scope.remote(), FilterKind.PENDING_TRANSACTIONS);
  }
}
