package io.coterie.node.rpc.eth;

import io.coterie.node.chain.ChainReader;
import io.coterie.node.rpc.json.Data;
import io.coterie.node.rpc.json.RpcParams;
import io.coterie.node.rpc.method.RpcMethod;
import io.coterie.node.txpool.TransactionPool;
import io.coterie.node.types.Hash;
import io.coterie.node.types.Transaction;
import io.coterie.node.types.TransactionCodec;

/**
 * {@code eth_getRawTransactionByHash(hash)}: the signed EIP-2718 envelope of a mined or pending
 * transaction as hex, or {@code null}.
 */
public final class EthGetRawTransactionByHash implements RpcMethod {
  private final ChainReader chain;
  private final TransactionPool pool;

  public EthGetRawTransactionByHash(ChainReader chain, TransactionPool pool) {
    this.chain = chain;
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_getRawTransactionByHash";
  }

  @Override
  public Object execute(RpcParams params) {
    Hash hash = EthParams.hash(params.atMost(1), 0, "transactionHash");
    return MinedTransaction.find(chain, hash)
        .map(MinedTransaction::transaction)
        .or(() -> pool.byHash(hash))
        .map(EthGetRawTransactionByHash::raw)
        .orElse(null);
  }

  private static String raw(Transaction tx) {
    return Data.encode(TransactionCodec.encode(tx));
  }
}
