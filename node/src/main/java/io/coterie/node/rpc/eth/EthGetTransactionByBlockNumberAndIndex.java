package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getTransactionByBlockNumberAndIndex(block, index)}: the transaction, or {@code null}
 * when the block or the index does not exist.
 */
public final class EthGetTransactionByBlockNumberAndIndex implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetTransactionByBlockNumberAndIndex(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getTransactionByBlockNumberAndIndex";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    BlockParameter block = params.requiredBlock(0, "block");
    long index = params.requiredLong(1, "index");
    return blocks
        .findBlock(block)
        .flatMap(b -> MinedTransaction.at(blocks.chain(), b, index))
        .map(
            m ->
                TransactionJson.mined(
                    m.transaction(), m.block().header(), m.blockHash(), m.index()))
        .orElse(null);
  }
}
