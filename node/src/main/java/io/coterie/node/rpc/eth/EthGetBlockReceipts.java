package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Hash;

/**
 * {@code eth_getBlockReceipts(block)}: all receipts of a block (number, tag or hash), or {@code
 * null} when the block is unknown.
 */
public final class EthGetBlockReceipts implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBlockReceipts(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBlockReceipts";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(1);
    return blocks
        .findBlock(params.requiredBlock(0, "block"))
        .flatMap(
            block -> {
              Hash hash = blocks.chain().hash(block.header());
              return blocks
                  .chain()
                  .receipts(hash)
                  .map(receipts -> ReceiptJson.all(block, hash, receipts));
            })
        .orElse(null);
  }
}
