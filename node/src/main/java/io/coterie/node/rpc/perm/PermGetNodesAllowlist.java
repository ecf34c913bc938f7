package io.coterie.node.rpc.perm;

import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.permission.NodeAllowlist;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/** {@code perm_getNodesAllowlist()}: the local allowlist as enode URLs. */
public final class PermGetNodesAllowlist implements RpcMethod {
  private final NodeAllowlist allowlist;

  public PermGetNodesAllowlist(NodeAllowlist allowlist) {
    this.allowlist = allowlist;
  }

  @Override
  public String name() {
    return "perm_getNodesAllowlist";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return allowlist.localEntries().stream().map(Enode::toString).toList();
  }
}
