package io.coterie.node.rpc.perm;

import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.permission.NodeAllowlist;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.List;
import java.util.Set;

/**
 * {@code perm_addNodesToAllowlist([enode, …])}: adds every entry and answers {@code "Success"}; if
 * any is already listed nothing is added and the error names it (-32000, as Besu).
 */
public final class PermAddNodesToAllowlist implements RpcMethod {
  private final NodeAllowlist allowlist;

  public PermAddNodesToAllowlist(NodeAllowlist allowlist) {
    this.allowlist = allowlist;
  }

  @Override
  public String name() {
    return "perm_addNodesToAllowlist";
  }

  @Override
  public Object execute(RpcParams params) {
    List<Enode> entries = EnodeList.required(params);
    synchronized (allowlist) {
      Set<String> present = EnodeList.localIds(allowlist);
      for (Enode entry : entries) {
        if (present.contains(entry.nodeIdHex())) {
          throw new RpcException(
              RpcError.serverError(
                  "Cannot add an existing node to allowlist: "
                      + entry
                      + " is already on it; remove it from the request"));
        }
      }
      allowlist.add(entries);
    }
    return "Success";
  }
}
