package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Hash;

/**
 * {@code eth_getBlockByHash(blockHash, fullTransactions)}: as {@link EthGetBlockByNumber}; {@code
 * null} for an unknown hash.
 */
public final class EthGetBlockByHash implements RpcMethod {
  private final ChainReader chain;

  public EthGetBlockByHash(ChainReader chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_getBlockByHash";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Hash hash = EthParams.hash(params, 0, "blockHash");
    boolean full = params.optionalBoolean(1, "fullTransactions", false);
    return chain.blockByHash(hash).map(b -> BlockJson.block(b, hash, full)).orElse(null);
  }
}
