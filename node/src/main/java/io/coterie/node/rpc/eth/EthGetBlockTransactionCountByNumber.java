package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getBlockTransactionCountByNumber(block)}: the number of transactions as a quantity;
 * {@code null} beyond the head.
 */
public final class EthGetBlockTransactionCountByNumber implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBlockTransactionCountByNumber(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBlockTransactionCountByNumber";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    return blocks
        .findBlock(EthGetBlockByNumber.numberOrTag(params, 0))
        .map(b -> Quantity.encode(b.transactions().size()))
        .orElse(null);
  }
}
