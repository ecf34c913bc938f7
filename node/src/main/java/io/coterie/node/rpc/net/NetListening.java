package io.coterie.node.rpc.net;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/** {@code net_listening()}: true, since a node that answers RPC has its P2P listener up. */
public final class NetListening implements RpcMethod {
  @Override
  public String name() {
    return "net_listening";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return Boolean.TRUE;
  }
}
