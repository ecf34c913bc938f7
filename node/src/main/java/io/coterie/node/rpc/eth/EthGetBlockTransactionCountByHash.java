package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getBlockTransactionCountByHash(blockHash)}: the number of transactions as a quantity;
 * {@code null} for an unknown hash.
 */
public final class EthGetBlockTransactionCountByHash implements RpcMethod {
  private final ChainReader chain;

  public EthGetBlockTransactionCountByHash(ChainReader chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_getBlockTransactionCountByHash";
  }

  @Override
  public Object execute(RpcParams params) {
    return chain
        .blockByHash(EthParams.hash(params.atMost(1), 0, "blockHash"))
        .map(b -> Quantity.encode(b.transactions().size()))
        .orElse(null);
  }
}
