package io.coterie.node.rpc.admin;

import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code admin_addPeer(enode)}: keeps the node connected to {@code enode} (dialled now, redialled
 * with backoff). True when it was added, false when it already was a static peer.
 */
public final class AdminAddPeer implements RpcMethod {
  private final PeerManager peers;

  public AdminAddPeer(PeerManager peers) {
    this.peers = peers;
  }

  @Override
  public String name() {
    return "admin_addPeer";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    return peers.addPeer(EnodeParam.required(params, 0));
  }
}
