package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.types.Hash;

/**
 * {@code eth_getTransactionByBlockHashAndIndex(blockHash, index)}: the transaction, or {@code null}
 * when the block or the index does not exist.
 */
public final class EthGetTransactionByBlockHashAndIndex implements RpcMethod {
  private final ChainReader chain;

  public EthGetTransactionByBlockHashAndIndex(ChainReader chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_getTransactionByBlockHashAndIndex";
  }

  @Override
  public Object execute(RpcParams params) {
    params.atMost(2);
    Hash blockHash = EthParams.hash(params, 0, "blockHash");
    long index = params.requiredLong(1, "index");
    return chain
        .blockByHash(blockHash)
        .flatMap(b -> MinedTransaction.at(chain, b, index))
        .map(
            m ->
                TransactionJson.mined(
                    m.transaction(), m.block().header(), m.blockHash(), m.index()))
        .orElse(null);
  }
}
