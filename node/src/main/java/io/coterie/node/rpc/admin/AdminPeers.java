package io.coterie.node.rpc.admin;

import io.coterie.node.p2p.peer.PeerInfo;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code admin_peers()}: the connected peers as Besu lists them: {@code id}, {@code name}, {@code
 * caps}, {@code network} (local and remote address, inbound) and {@code enode}.
 */
public final class AdminPeers implements RpcMethod {
  private final PeerManager peers;

  public AdminPeers(PeerManager peers) {
    this.peers = peers;
  }

  @Override
  public String name() {
    return "admin_peers";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    List<Map<String, Object>> out = new ArrayList<>();
    for (PeerInfo peer : peers.peers()) {
      Map<String, Object> network = new LinkedHashMap<>();
      network.put("localAddress", peer.localAddress());
      network.put("remoteAddress", peer.remoteAddress());
      network.put("inbound", peer.inbound());
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("version", "0x5");
      json.put("name", peer.name());
      json.put("caps", peer.caps());
      json.put("network", network);
      json.put("id", peer.id());
      json.put("enode", peer.enode());
      out.add(json);
    }
    return out;
  }
}
