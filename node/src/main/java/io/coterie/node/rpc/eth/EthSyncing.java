package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_syncing()}: false. A node serves RPC from the blocks it has committed, and catching up
 * with peers is reported by the sync metrics, not here.
 */
public final class EthSyncing implements RpcMethod {
  @Override
  public String name() {
    return "eth_syncing";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return Boolean.FALSE;
  }
}
