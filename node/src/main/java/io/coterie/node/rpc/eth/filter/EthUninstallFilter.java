package io.coterie.node.rpc.eth.filter;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/** {@code eth_uninstallFilter(id)}: true when the filter existed and is now removed. */
public final class EthUninstallFilter implements RpcMethod {
  private final FilterStore filters;

  public EthUninstallFilter(FilterStore filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_uninstallFilter";
  }

  @Override
  public Object execute(RpcParams params) {
    return filters.uninstall(params.atMost(1).requiredString(0, "filterId"));
  }
}
