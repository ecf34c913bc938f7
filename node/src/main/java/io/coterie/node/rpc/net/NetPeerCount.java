package io.coterie.node.rpc.net;

import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.util.function.IntSupplier;

/** {@code net_peerCount()}: connected peers as a quantity, read from the P2P side on each call. */
public final class NetPeerCount implements RpcMethod {
  private final IntSupplier connectedPeers;

  public NetPeerCount(IntSupplier connectedPeers) {
    this.connectedPeers = connectedPeers;
  }

  @Override
  public String name() {
    return "net_peerCount";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return Quantity.encode(connectedPeers.getAsInt());
  }
}
