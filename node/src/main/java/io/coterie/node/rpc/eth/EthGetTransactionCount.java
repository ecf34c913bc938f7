package io.coterie.node.rpc.eth;

import io.coterie.node.rpc.json.BlockParameter;
import io.coterie.node.rpc.json.BlockTag;
import io.coterie.node.rpc.json.Quantity;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.state.Account;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Address;
import io.coterie.node.types.BlockHeader;

/**
 * {@code eth_getTransactionCount(address, block = latest)}: the account nonce at that block; with
 * {@code "pending"}, the next nonce counting the sender's pending pool transactions (what wallets
 * use to sign the next one).
 */
public final class EthGetTransactionCount implements RpcMethod {
  private final BlockResolver blocks;
  private final TransactionPool pool;

  public EthGetTransactionCount(BlockResolver blocks, TransactionPool pool) {
    this.blocks = blocks;
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_getTransactionCount";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Address address = EthParams.address(params, 0, "address");
    BlockParameter block = params.optionalBlock(1, "block", BlockParameter.LATEST);
    if (block instanceof BlockParameter.ByTag tag && tag.tag() == BlockTag.PENDING) {
      return Quantity.encode(pool.nextNonce(address));
    }
    BlockHeader header = blocks.require(block);
    long nonce = blocks.chain().stateAt(header).account(address).map(Account::nonce).orElse(0L);
    return Quantity.encode(nonce);
  }
}
