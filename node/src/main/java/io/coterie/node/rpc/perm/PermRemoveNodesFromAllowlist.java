package io.coterie.node.rpc.perm;

import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.p2p.permission.NodeAllowlist;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcError;
import io.coterie.node.rpc.method.RpcException;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.List;
import java.util.Set;

/**
 * {@code perm_removeNodesFromAllowlist([enode, …])}: removes every entry, disconnects peers no
 * longer permitted and answers {@code "Success"}; if any entry is absent nothing is removed and the
 * error names it (-32000, as Besu).
 */
public final class PermRemoveNodesFromAllowlist implements RpcMethod {
  private final NodeAllowlist allowlist;
  private final PeerManager peers;

  public PermRemoveNodesFromAllowlist(NodeAllowlist allowlist, PeerManager peers) {
    this.allowlist = allowlist;
    this.peers = peers;
  }

  @Override
  public String name() {
    return "perm_removeNodesFromAllowlist";
  }

  @Override
  public Object execute(RpcParams params) {
    List<Enode> entries = EnodeList.required(params);
    synchronized (allowlist) {
      Set<String> present = EnodeList.localIds(allowlist);
      for (Enode entry : entries) {
        if (!present.contains(entry.nodeIdHex())) {
          throw new RpcException(
              RpcError.serverError(
                  "Cannot remove an absent node from allowlist: "
                      + entry
                      + " is not on it; see perm_getNodesAllowlist"));
        }
      }
      allowlist.remove(entries);
    }
    peers.enforcePermissions();
    return "Success";
  }
}
