package io.coterie.node.rpc.admin;

import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code admin_removePeer(enode)}: forgets a static peer and disconnects it. False when it was
 * neither static nor connected.
 */
public final class AdminRemovePeer implements RpcMethod {
  private final PeerManager peers;

  public AdminRemovePeer(PeerManager peers) {
    this.peers = peers;
  }

  @Override
  public String name() {
    return "admin_removePeer";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    return peers.removePeer(EnodeParam.required(params, 0));
  }
}
