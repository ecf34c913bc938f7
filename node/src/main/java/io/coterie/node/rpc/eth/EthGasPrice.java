package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import java.math.BigInteger;

/**
 * {@code eth_gasPrice()}: the head's base fee plus the node's minimum gas price, the lowest legacy
 * price this node's pool accepts (0 on a free network such as the devnet).
 */
public final class EthGasPrice implements RpcMethod {
  private final ChainReader chain;
  private final BigInteger minGasPrice;

  public EthGasPrice(ChainReader chain, BigInteger minGasPrice) {
    this.chain = chain;
    this.minGasPrice = minGasPrice;
  }

  @Override
  public String name() {
    return "eth_gasPrice";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(0);
    return Quantity.encode(chain.head().baseFeePerGas().add(minGasPrice));
  }
}
