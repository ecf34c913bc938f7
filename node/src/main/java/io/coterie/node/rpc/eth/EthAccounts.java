package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.List;

/** {@code eth_accounts()}: always empty; the node holds no user keys, clients sign themselves. */
public final class EthAccounts implements RpcMethod {
  @Override
  public String name() {
    return "eth_accounts";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return List.of();
  }
}
