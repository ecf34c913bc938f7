package io.coterie.node.rpc.admin;

import io.coterie.node.p2p.peer.Enode;
import io.coterie.node.p2p.peer.PeerManager;
import io.coterie.node.p2p.protocol.ChainHead;
import io.coterie.node.p2p.protocol.ChainView;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code admin_nodeInfo()}: this node as Besu describes itself: {@code enode}, {@code id} (node
 * public key, hex), {@code ip}, {@code listenAddr}, {@code name}, {@code ports} ({@code discovery}
 * is 0: there is no discovery) and {@code protocols} ({@code cot} with network id, genesis and
 * head; {@code qbft}).
 */
public final class AdminNodeInfo implements RpcMethod {
  private final PeerManager peers;
  private final ChainView chain;
  private final String clientName;
  private final long chainId;

  public AdminNodeInfo(PeerManager peers, ChainView chain, String clientName, long chainId) {
    this.peers = peers;
    this.chain = chain;
    this.clientName = clientName;
    this.chainId = chainId;
  }

  @Override
  public String name() {
    return "admin_nodeInfo";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    Enode enode = peers.localEnode();
    ChainHead head = chain.head();
    Map<String, Object> cot = new LinkedHashMap<>();
    cot.put("network", chainId);
    cot.put("genesis", chain.genesisHash().toHex());
    cot.put("head", head.hash().toHex());
    cot.put("number", Quantity.encode(head.number()));
    Map<String, Object> protocols = new LinkedHashMap<>();
    protocols.put("cot", cot);
    protocols.put("qbft", Map.of());
    Map<String, Object> ports = new LinkedHashMap<>();
    ports.put("discovery", 0);
    ports.put("listener", enode.port());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("enode", enode.toString());
    json.put("id", enode.nodeIdHex());
    json.put("ip", enode.host());
    json.put("listenAddr", enode.host() + ":" + enode.port());
    json.put("name", clientName);
    json.put("ports", ports);
    json.put("protocols", protocols);
    return json;
  }
}
