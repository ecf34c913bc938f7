package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.math.BigInteger;

/**
 * {@code eth_maxPriorityFeePerGas()}: the node's minimum gas price (0x0 on a free network). Wallets
 * add it to twice the base fee for their fee cap, so the cap clears the pool's minimum.
 */
public final class EthMaxPriorityFeePerGas implements RpcMethod {
  private final String tip;

  public EthMaxPriorityFeePerGas(BigInteger minGasPrice) {
    this.tip = Quantity.encode(minGasPrice);
  }

  @Override
  public String name() {
    return "eth_maxPriorityFeePerGas";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return tip;
  }
}
