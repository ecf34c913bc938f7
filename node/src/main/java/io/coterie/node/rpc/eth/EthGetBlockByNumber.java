package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.InvalidParamsException;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;

/**
 * {@code eth_getBlockByNumber(block, fullTransactions)}: the block ({@link BlockJson}) with
 * transaction hashes, or full transactions when the flag is true; {@code null} beyond the head.
 * Takes a number or a tag; a block hash belongs to {@code eth_getBlockByHash}.
 */
public final class EthGetBlockByNumber implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBlockByNumber(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBlockByNumber";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    BlockParameter block = numberOrTag(params, 0);
    boolean full = params.optionalBoolean(1, "fullTransactions", false);
    return blocks
        .findBlock(block)
        .map(b -> BlockJson.block(b, blocks.chain().hash(b.header()), full))
        .orElse(null);
  }

  static BlockParameter numberOrTag(RpcParams params, int index) {
    BlockParameter block = params.requiredBlock(index, "block");
    if (block instanceof BlockParameter.ByHash) {
      throw new InvalidParamsException(
          "invalid param "
              + index
              + " (block): expected a block number or tag; look blocks up by hash with the ..ByHash"
              + " method");
    }
    return block;
  }
}
