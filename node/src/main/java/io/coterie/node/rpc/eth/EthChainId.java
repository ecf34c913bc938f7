package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/** {@code eth_chainId()}: the EIP-155 chain id as a quantity. */
public final class EthChainId implements RpcMethod {
  private final String chainId;

  public EthChainId(long chainId) {
    this.chainId = Quantity.encode(chainId);
  }

  @Override
  public String name() {
    return "eth_chainId";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return chainId;
  }
}
