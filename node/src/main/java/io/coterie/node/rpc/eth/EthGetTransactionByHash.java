package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Hash;

/**
 * {@code eth_getTransactionByHash(hash)}: a mined transaction with its block fields, else a pending
 * one from the pool with {@code null} block fields, else {@code null}.
 */
public final class EthGetTransactionByHash implements RpcMethod {
  private final ChainReader chain;
  private final TransactionPool pool;

  public EthGetTransactionByHash(ChainReader chain, TransactionPool pool) {
    this.chain = chain;
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_getTransactionByHash";
  }

  @Override
  public Object execute(RpcParams params) {
    Hash hash = EthParams.hash(params.atMost(1), 0, "transactionHash");
    return MinedTransaction.find(chain, hash)
        .map(
            mined ->
                TransactionJson.mined(
                    mined.transaction(), mined.block().header(), mined.blockHash(), mined.index()))
        .or(() -> pool.byHash(hash).map(TransactionJson::pending))
        .orElse(null);
  }
}
