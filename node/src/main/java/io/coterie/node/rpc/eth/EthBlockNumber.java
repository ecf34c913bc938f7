package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/** {@code eth_blockNumber()}: the head's number. */
public final class EthBlockNumber implements RpcMethod {
  private final ChainReader chain;

  public EthBlockNumber(ChainReader chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_blockNumber";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return Quantity.encode(chain.head().number());
  }
}
